using KadSim.Randomness;

namespace KadSim.Experiments.Designs;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman and Conover 1979, <i>Technometrics</i> 21:239–245):
/// each dimension is cut into n equal strata and every stratum holds exactly one point, so each
/// one-dimensional margin is sampled evenly with far fewer runs than a grid. Strata are paired
/// across dimensions by an independent random permutation per dimension, and each point is
/// jittered uniformly within its stratum.
/// </summary>
/// <remarks>
/// All randomness comes from <see cref="KeyedRandom"/>(seed, run 0) on
/// <see cref="RandomStream.Generator"/>, keyed by (tick = position i, agent = dimension j, draw),
/// so the design is a pure function of (n, d, seed).
/// </remarks>
public static class LatinHypercube
{
    private const int PermutationDraw = 0;
    private const int JitterDraw = 1;

    /// <summary>Builds an n-point, d-dimensional Latin hypercube in [0, 1)^d.</summary>
    public static Design Create(int count, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        var rng = new KeyedRandom(seed, run: 0);
        var points = new double[count][];
        for (int i = 0; i < count; i++) points[i] = new double[dimensions];

        var perm = new int[count];
        for (int j = 0; j < dimensions; j++)
        {
            for (int i = 0; i < count; i++) perm[i] = i;
            // Fisher–Yates (Durstenfeld 1964): position i swaps with a uniform position in [0, i].
            for (int i = count - 1; i > 0; i--)
            {
                int k = (int)(rng.Uniform(RandomStream.Generator, tick: i, agent: j, PermutationDraw) * (i + 1));
                (perm[i], perm[k]) = (perm[k], perm[i]);
            }
            for (int i = 0; i < count; i++)
            {
                double u = rng.Uniform(RandomStream.Generator, tick: i, agent: j, JitterDraw);
                double x = (perm[i] + u) / count;
                // Guard the open upper end against rounding of (n − 1 + u)/n up to 1.
                points[i][j] = x < 1.0 ? x : Math.BitDecrement(1.0);
            }
        }
        return new Design(points);
    }
}
