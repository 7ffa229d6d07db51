using KadSim.Experiments.Designs;
using KadSim.Randomness;

namespace KadSim.Experiments.Sensitivity;

/// <summary>
/// Morris (1991, <i>Technometrics</i> 33:161–174) elementary-effects screening design: r random
/// one-at-a-time trajectories on a p-level grid in the unit cube, each of d + 1 points in which every
/// parameter moves once by Δ = p / (2(p − 1)). It ranks many parameters for about r·(d + 1) runs,
/// cheaply enough to screen out unimportant ones before a Sobol' analysis.
/// </summary>
/// <remarks>
/// <para>Trajectory construction follows Morris's B* matrix (Campolongo, Cariboni and Saltelli 2007,
/// <i>Environ. Model. Softw.</i> 22:1509–1518, eq. 2): a random base point x* on the levels
/// {0, 1/(p − 1), …, 1 − Δ}, a random sign per parameter (start at x*_j and step up, or start at
/// x*_j + Δ and step down) and a random order in which parameters move. Grid values are l/(p − 1),
/// so the top level is exactly 1. p must be even, so that Δ is a whole number (p/2) of levels.</para>
/// <para>Trajectory t occupies rows t·(d + 1) .. t·(d + 1) + d of <see cref="Points"/>. Randomness comes
/// from <see cref="KeyedRandom"/>(seed, run 0) on <see cref="RandomStream.Generator"/>, keyed by
/// (tick = trajectory, agent = parameter or position, draw = purpose).</para>
/// </remarks>
public sealed class MorrisDesign
{
    private const int BaseDraw = 4;
    private const int DirectionDraw = 5;
    private const int OrderDraw = 6;

    private readonly int[] _parameter; // parameter moved at (trajectory, step ≥ 1); −1 at step 0
    private readonly int[] _direction; // +1 or −1, 0 at step 0

    /// <summary>Builds <paramref name="trajectories"/> trajectories over <paramref name="dimensions"/> parameters on a <paramref name="levels"/>-level grid.</summary>
    public MorrisDesign(int dimensions, int trajectories, ulong seed, int levels = 4)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trajectories);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        if (levels % 2 != 0) throw new ArgumentOutOfRangeException(nameof(levels), levels, "Morris designs need an even number of levels.");
        long total = (long)trajectories * (dimensions + 1);
        if (total > Array.MaxLength) throw new ArgumentOutOfRangeException(nameof(trajectories), trajectories, "Design too large.");

        Dimensions = dimensions;
        Trajectories = trajectories;
        Levels = levels;
        Seed = seed;
        Delta = levels / (2.0 * (levels - 1));

        int d = dimensions, half = levels / 2;
        var rng = new KeyedRandom(seed, run: 0);
        var points = new double[total][];
        _parameter = new int[total];
        _direction = new int[total];
        var level = new int[d];
        var sign = new int[d];
        var order = new int[d];
        for (int t = 0; t < trajectories; t++)
        {
            for (int j = 0; j < d; j++)
            {
                int start = (int)(rng.Uniform(RandomStream.Generator, tick: t, agent: j, BaseDraw) * half);
                sign[j] = rng.Uniform(RandomStream.Generator, tick: t, agent: j, DirectionDraw) < 0.5 ? 1 : -1;
                level[j] = sign[j] > 0 ? start : start + half;
                order[j] = j;
            }
            for (int i = d - 1; i > 0; i--)
            {
                int k = (int)(rng.Uniform(RandomStream.Generator, tick: t, agent: i, OrderDraw) * (i + 1));
                (order[i], order[k]) = (order[k], order[i]);
            }

            int row = t * (d + 1);
            points[row] = ToUnit(level, levels);
            _parameter[row] = -1;
            for (int step = 1; step <= d; step++)
            {
                int j = order[step - 1];
                level[j] += sign[j] * half;
                points[row + step] = ToUnit(level, levels);
                _parameter[row + step] = j;
                _direction[row + step] = sign[j];
            }
        }
        Points = new Design(points);
    }

    /// <summary>Number of parameters d.</summary>
    public int Dimensions { get; }

    /// <summary>Number of trajectories r.</summary>
    public int Trajectories { get; }

    /// <summary>Grid levels p.</summary>
    public int Levels { get; }

    /// <summary>Step size Δ = p / (2(p − 1)) in unit coordinates.</summary>
    public double Delta { get; }

    /// <summary>Seed of the keyed randomness.</summary>
    public ulong Seed { get; }

    /// <summary>Number of model evaluations, r·(d + 1).</summary>
    public int EvaluationCount => Points.Count;

    /// <summary>All points, trajectory by trajectory, in the unit cube.</summary>
    public Design Points { get; }

    /// <summary>
    /// Which parameter moved between points <paramref name="step"/> − 1 and <paramref name="step"/>
    /// (1..d) of trajectory <paramref name="trajectory"/>, and in which direction (+1 up, −1 down).
    /// </summary>
    public (int Parameter, int Direction) Step(int trajectory, int step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trajectory);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trajectory, Trajectories);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, Dimensions);
        int row = trajectory * (Dimensions + 1) + step;
        return (_parameter[row], _direction[row]);
    }

    /// <summary>Elementary effects and their summaries from outputs in <see cref="Points"/> order.</summary>
    public MorrisEffects Analyze(ReadOnlySpan<double> outputs) => MorrisEffects.Compute(this, outputs);

    private static double[] ToUnit(int[] level, int levels)
    {
        var x = new double[level.Length];
        for (int j = 0; j < x.Length; j++) x[j] = (double)level[j] / (levels - 1);
        return x;
    }
}
