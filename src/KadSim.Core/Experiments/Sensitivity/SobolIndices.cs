using KadSim.Randomness;

namespace KadSim.Experiments.Sensitivity;

/// <summary>
/// First- and total-order Sobol' indices estimated from the model outputs on a
/// <see cref="SaltelliDesign"/>, with percentile bootstrap confidence intervals (Efron and
/// Tibshirani 1993, <i>An Introduction to the Bootstrap</i>, ch. 13).
/// </summary>
/// <remarks>
/// <para>With f_A, f_B, f_ABi the outputs on the rows of A, B and AB_i (N each) and
/// V = Var([f_A, f_B]) (population variance of the 2N values):</para>
/// <para>first order, Saltelli et al. (2010, <i>Comput. Phys. Commun.</i> 181:259–270, Table 2 (b)):
/// S_i = mean(f_B · (f_ABi − f_A)) / V;</para>
/// <para>total order, Jansen (1999, <i>Comput. Phys. Commun.</i> 117:35–43), as recommended in Saltelli
/// et al. (2010, Table 2 (f)): ST_i = ½ · mean((f_A − f_ABi)²) / V.</para>
/// <para>The bootstrap resamples the N rows with replacement, keeping each row's A, B and AB_i outputs
/// together, and recomputes V and every index; the interval is the (1 ∓ confidence)/2 percentiles
/// (linear interpolation between order statistics). Row choices come from <see cref="KeyedRandom"/>
/// (seed, run 0) on <see cref="RandomStream.Generator"/> keyed by (tick = resample, agent = draw
/// number within the resample), so intervals are reproducible and independent of thread count. On
/// Sobol' (quasi-random) designs the bootstrap treats rows as independent and so overstates the
/// error: the intervals are conservative there.</para>
/// </remarks>
public sealed class SobolIndices
{
    private const int BootstrapDraw = 3;
    private readonly SobolIndex[] _parameters;

    private SobolIndices(SobolIndex[] parameters, double mean, double variance, int baseSamples, int resamples, double confidence)
    {
        _parameters = parameters;
        Mean = mean;
        Variance = variance;
        BaseSamples = baseSamples;
        Resamples = resamples;
        Confidence = confidence;
    }

    /// <summary>Indices per parameter, in design column order.</summary>
    public IReadOnlyList<SobolIndex> Parameters => _parameters;

    /// <summary>Indices of parameter <paramref name="parameter"/>.</summary>
    public SobolIndex this[int parameter] => _parameters[parameter];

    /// <summary>Mean of the outputs on A and B.</summary>
    public double Mean { get; }

    /// <summary>Output variance V on A and B, the denominator of every index.</summary>
    public double Variance { get; }

    /// <summary>Base sample size N.</summary>
    public int BaseSamples { get; }

    /// <summary>Number of bootstrap resamples behind the intervals (0: intervals are NaN).</summary>
    public int Resamples { get; }

    /// <summary>Coverage of the intervals, e.g. 0.95.</summary>
    public double Confidence { get; }

    /// <summary>
    /// Estimates the indices from <paramref name="outputs"/>, the N·(d + 2) model outputs in
    /// <see cref="SaltelliDesign"/> order: N rows of A, N rows of B, then N rows of each AB_i, i = 1..d.
    /// A zero output variance gives NaN indices.
    /// </summary>
    public static SobolIndices Estimate(
        int dimensions,
        int baseSamples,
        ReadOnlySpan<double> outputs,
        ulong seed,
        int resamples = 1000,
        double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(resamples);
        if (!(confidence > 0.0 && confidence < 1.0))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie in (0, 1).");
        int n = baseSamples;
        if (outputs.Length != (long)n * (dimensions + 2))
            throw new ArgumentException($"Expected N·(d + 2) = {(long)n * (dimensions + 2)} outputs, got {outputs.Length}.", nameof(outputs));
        foreach (double y in outputs)
        {
            if (!double.IsFinite(y)) throw new ArgumentException("Outputs must be finite.", nameof(outputs));
        }

        var y2 = outputs.ToArray();
        var identity = new int[n];
        for (int k = 0; k < n; k++) identity[k] = k;
        var s1 = new double[dimensions];
        var st = new double[dimensions];
        Compute(y2, n, dimensions, identity, s1, st, out double mean, out double variance);

        var s1Boot = new double[dimensions][];
        var stBoot = new double[dimensions][];
        for (int i = 0; i < dimensions; i++)
        {
            s1Boot[i] = new double[resamples];
            stBoot[i] = new double[resamples];
        }
        var rng = new KeyedRandom(seed, run: 0);
        var rows = new int[n];
        var bs1 = new double[dimensions];
        var bst = new double[dimensions];
        for (int b = 0; b < resamples; b++)
        {
            for (int k = 0; k < n; k++) rows[k] = (int)(rng.Uniform(RandomStream.Generator, tick: b, agent: k, BootstrapDraw) * n);
            Compute(y2, n, dimensions, rows, bs1, bst, out _, out _);
            for (int i = 0; i < dimensions; i++)
            {
                s1Boot[i][b] = bs1[i];
                stBoot[i][b] = bst[i];
            }
        }

        double lowP = (1.0 - confidence) / 2.0, highP = 1.0 - lowP;
        var parameters = new SobolIndex[dimensions];
        for (int i = 0; i < dimensions; i++)
        {
            Array.Sort(s1Boot[i]);
            Array.Sort(stBoot[i]);
            parameters[i] = new SobolIndex(
                s1[i], Percentile(s1Boot[i], lowP), Percentile(s1Boot[i], highP),
                st[i], Percentile(stBoot[i], lowP), Percentile(stBoot[i], highP));
        }
        return new SobolIndices(parameters, mean, variance, n, resamples, confidence);
    }

    private static void Compute(double[] y, int n, int d, int[] rows, double[] s1, double[] st, out double mean, out double variance)
    {
        // Variance of [f_A, f_B] by two passes for accuracy.
        double sum = 0;
        foreach (int k in rows) sum += y[k] + y[n + k];
        mean = sum / (2.0 * n);
        double ss = 0;
        foreach (int k in rows)
        {
            double a = y[k] - mean, bb = y[n + k] - mean;
            ss += a * a + bb * bb;
        }
        variance = ss / (2.0 * n);

        for (int i = 0; i < d; i++)
        {
            int offset = (2 + i) * n;
            double first = 0, total = 0;
            foreach (int k in rows)
            {
                double fA = y[k], fB = y[n + k], fAB = y[offset + k];
                first += fB * (fAB - fA);
                double diff = fA - fAB;
                total += diff * diff;
            }
            s1[i] = variance > 0 ? first / n / variance : double.NaN;
            st[i] = variance > 0 ? total / (2.0 * n) / variance : double.NaN;
        }
    }

    // Hyndman and Fan (1996) type 7 quantile of sorted data; NaN when there are no resamples.
    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
