namespace KadSim.Experiments.Sensitivity;

/// <summary>
/// Elementary effects of a <see cref="MorrisDesign"/> and their per-parameter summaries μ, μ* and σ
/// (Morris 1991, <i>Technometrics</i> 33:161–174; μ* from Campolongo, Cariboni and Saltelli 2007,
/// <i>Environ. Model. Softw.</i> 22:1509–1518).
/// </summary>
/// <remarks>
/// The elementary effect of the parameter moved between consecutive points x and x′ = x ± Δ·e_j of a
/// trajectory is EE_j = (f(x′) − f(x)) / (±Δ), i.e. always a forward difference in the direction of
/// increasing x_j. σ uses the r − 1 denominator (NaN for a single trajectory).
/// </remarks>
public sealed class MorrisEffects
{
    private readonly MorrisEffect[] _parameters;
    private readonly double[][] _effects;

    private MorrisEffects(MorrisEffect[] parameters, double[][] effects)
    {
        _parameters = parameters;
        _effects = effects;
    }

    /// <summary>Summaries per parameter, in design column order.</summary>
    public IReadOnlyList<MorrisEffect> Parameters => _parameters;

    /// <summary>Summary of parameter <paramref name="parameter"/>.</summary>
    public MorrisEffect this[int parameter] => _parameters[parameter];

    /// <summary>The r elementary effects of parameter <paramref name="parameter"/>, one per trajectory (a copy).</summary>
    public double[] ElementaryEffects(int parameter) => (double[])_effects[parameter].Clone();

    /// <summary>Computes the effects from <paramref name="outputs"/>, one per row of <see cref="MorrisDesign.Points"/>.</summary>
    public static MorrisEffects Compute(MorrisDesign design, ReadOnlySpan<double> outputs)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (outputs.Length != design.EvaluationCount)
            throw new ArgumentException($"Expected {design.EvaluationCount} outputs, got {outputs.Length}.", nameof(outputs));
        int d = design.Dimensions, r = design.Trajectories;
        var effects = new double[d][];
        for (int j = 0; j < d; j++) effects[j] = new double[r];

        for (int t = 0; t < r; t++)
        {
            int row = t * (d + 1);
            for (int step = 1; step <= d; step++)
            {
                var (j, direction) = design.Step(t, step);
                effects[j][t] = (outputs[row + step] - outputs[row + step - 1]) / (direction * design.Delta);
            }
        }

        var parameters = new MorrisEffect[d];
        for (int j = 0; j < d; j++)
        {
            double sum = 0, sumAbs = 0;
            foreach (double e in effects[j])
            {
                sum += e;
                sumAbs += Math.Abs(e);
            }
            double mu = sum / r;
            double ss = 0;
            foreach (double e in effects[j]) ss += (e - mu) * (e - mu);
            double sigma = r > 1 ? Math.Sqrt(ss / (r - 1)) : double.NaN;
            parameters[j] = new MorrisEffect(mu, sumAbs / r, sigma);
        }
        return new MorrisEffects(parameters, effects);
    }
}
