using KadSim.Experiments.Designs;
using KadSim.Randomness;

namespace KadSim.Experiments.Sensitivity;

/// <summary>
/// The sampling scheme behind variance-based (Sobol') sensitivity analysis, after Saltelli (2002,
/// <i>Comput. Phys. Commun.</i> 145:280–297) and Saltelli et al. (2010, <i>Comput. Phys. Commun.</i>
/// 181:259–270): two independent N × d base matrices A and B, and for each parameter i the matrix
/// AB_i, equal to A except that column i is taken from B. Evaluating the model on all of them —
/// N·(d + 2) runs — yields every first- and total-order index at once via
/// <see cref="SobolIndices.Estimate"/>, instead of the N·d² a brute-force scheme would need.
/// </summary>
/// <remarks>
/// <para>Rows are ordered in blocks: A (rows 0..N − 1), B (N..2N − 1), then AB_1..AB_d; model outputs
/// must be supplied in the same order. Points are in the unit cube; map them to parameter ranges with
/// <see cref="Design.Scale"/>.</para>
/// <para>With <see cref="SaltelliSampling.Sobol"/> (default), A and B are the first and last d columns
/// of one 2d-dimensional Sobol' sequence (origin skipped), so d ≤ <see cref="SobolSequence.MaxDimensions"/>/2;
/// N a power of two is best. With <see cref="SaltelliSampling.Random"/> they come from
/// <see cref="KeyedRandom"/>(seed, run 0) on <see cref="RandomStream.Generator"/>, keyed by
/// (tick = row, agent = column 0..2d − 1).</para>
/// </remarks>
public sealed class SaltelliDesign
{
    private const int SampleDraw = 2;

    /// <summary>Builds the design for <paramref name="dimensions"/> parameters and base sample size <paramref name="baseSamples"/>.</summary>
    public SaltelliDesign(int dimensions, int baseSamples, ulong seed = 0, SaltelliSampling sampling = SaltelliSampling.Sobol)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);
        long total = (long)baseSamples * (dimensions + 2);
        if (total > Array.MaxLength) throw new ArgumentOutOfRangeException(nameof(baseSamples), baseSamples, "Design too large.");
        if (sampling == SaltelliSampling.Sobol && 2 * dimensions > SobolSequence.MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions,
                $"Sobol' sampling supports at most {SobolSequence.MaxDimensions / 2} parameters; use SaltelliSampling.Random.");

        Dimensions = dimensions;
        BaseSamples = baseSamples;
        Seed = seed;
        Sampling = sampling;

        int n = baseSamples, d = dimensions;
        var baseRows = new double[n][];
        switch (sampling)
        {
            case SaltelliSampling.Sobol:
                var sobol = new SobolSequence(2 * d);
                for (int k = 0; k < n; k++) baseRows[k] = sobol.Next();
                break;
            case SaltelliSampling.Random:
                var rng = new KeyedRandom(seed, run: 0);
                for (int k = 0; k < n; k++)
                {
                    var row = new double[2 * d];
                    for (int j = 0; j < row.Length; j++) row[j] = rng.Uniform(RandomStream.Generator, tick: k, agent: j, SampleDraw);
                    baseRows[k] = row;
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(sampling), sampling, null);
        }

        var points = new double[total][];
        for (int k = 0; k < n; k++)
        {
            var a = baseRows[k].AsSpan(0, d).ToArray();
            var b = baseRows[k].AsSpan(d, d).ToArray();
            points[k] = a;
            points[n + k] = b;
            for (int i = 0; i < d; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                points[(2 + i) * n + k] = ab;
            }
        }
        Points = new Design(points);
    }

    /// <summary>Number of parameters d.</summary>
    public int Dimensions { get; }

    /// <summary>Base sample size N (rows of A).</summary>
    public int BaseSamples { get; }

    /// <summary>Seed keying the random base sample (if any) and the bootstrap.</summary>
    public ulong Seed { get; }

    /// <summary>How A and B were filled.</summary>
    public SaltelliSampling Sampling { get; }

    /// <summary>Number of model evaluations, N·(d + 2).</summary>
    public int EvaluationCount => Points.Count;

    /// <summary>All evaluation points, block order A, B, AB_1..AB_d, in the unit cube.</summary>
    public Design Points { get; }

    /// <summary>Rows of A (the same arrays as in <see cref="Points"/>).</summary>
    public double[][] A => Block(0);

    /// <summary>Rows of B (the same arrays as in <see cref="Points"/>).</summary>
    public double[][] B => Block(1);

    /// <summary>Rows of AB_i: A with column <paramref name="parameter"/> (0-based) from B.</summary>
    public double[][] AB(int parameter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(parameter);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(parameter, Dimensions);
        return Block(2 + parameter);
    }

    /// <summary>
    /// Estimates the Sobol' indices from the model outputs, one per row of <see cref="Points"/> in the
    /// same order, with bootstrap intervals keyed by <see cref="Seed"/>.
    /// </summary>
    public SobolIndices Estimate(ReadOnlySpan<double> outputs, int resamples = 1000, double confidence = 0.95) =>
        SobolIndices.Estimate(Dimensions, BaseSamples, outputs, Seed, resamples, confidence);

    private double[][] Block(int block) => Points.Points.AsSpan(block * BaseSamples, BaseSamples).ToArray();
}
