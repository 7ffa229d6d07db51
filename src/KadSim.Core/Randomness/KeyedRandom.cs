using System.Runtime.CompilerServices;

namespace KadSim.Randomness;

/// <summary>
/// Counter-based randomness: every number is a pure function of (seed, run, stream, tick, agent, draw).
/// Nothing is carried from one draw to the next, so results cannot depend on thread count, on the
/// order agents are visited, or on how replications are split across machines. The mixer is
/// SplitMix64's finaliser (Steele, Lea and Flood 2014) applied once per key component.
/// </summary>
public readonly struct KeyedRandom
{
    private readonly ulong _runKey;

    public KeyedRandom(ulong seed, int run)
    {
        Seed = seed;
        Run = run;
        _runKey = Mix(Mix(seed ^ 0x9E3779B97F4A7C15UL) + (ulong)(uint)run * 0xBF58476D1CE4E5B9UL);
    }

    public ulong Seed { get; }
    public int Run { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Bits(RandomStream stream, int tick, int agent, int draw = 0)
    {
        ulong h = _runKey ^ ((ulong)stream * 0x94D049BB133111EBUL);
        h = Mix(h + (ulong)(uint)tick * 0x9E3779B97F4A7C15UL);
        h = Mix(h + (ulong)(uint)agent * 0xD6E8FEB86659FD93UL);
        return Mix(h + (ulong)(uint)draw * 0xA0761D6478BD642FUL);
    }

    /// <summary>Uniform double in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Uniform(RandomStream stream, int tick, int agent, int draw = 0) =>
        (Bits(stream, tick, agent, draw) >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(RandomStream stream, int tick, int agent, double p, int draw = 0) =>
        Uniform(stream, tick, agent, draw) < p;

    /// <summary>Standard normal by Box–Muller from two keyed uniforms.</summary>
    public double Normal(RandomStream stream, int tick, int agent, int draw = 0)
    {
        double u1 = 1.0 - Uniform(stream, tick, agent, 2 * draw);
        double u2 = Uniform(stream, tick, agent, 2 * draw + 1);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
