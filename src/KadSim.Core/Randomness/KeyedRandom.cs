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

    /// <summary>
    /// The draws of one stream at one tick, for loops over agents: the same numbers as <see cref="Bits"/>,
    /// <see cref="Uniform"/> and <see cref="Chance"/>, with the key's (stream, tick) part mixed once.
    /// </summary>
    public TickDraws At(RandomStream stream, int tick) =>
        new(Mix((_runKey ^ ((ulong)stream * 0x94D049BB133111EBUL)) + (ulong)(uint)tick * 0x9E3779B97F4A7C15UL));

    /// <summary>Draws of one (run, stream, tick): see <see cref="At"/>.</summary>
    public readonly struct TickDraws
    {
        internal TickDraws(ulong key) => Key = key;

        /// <summary>The mixed (seed, run, stream, tick) part of the key.</summary>
        internal ulong Key { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Bits(int agent, int draw = 0) =>
            Mix(Mix(Key + (ulong)(uint)agent * AgentMultiplier) + (ulong)(uint)draw * DrawMultiplier);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Uniform(int agent, int draw = 0) => (Bits(agent, draw) >> 11) * (1.0 / (1UL << 53));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Chance(int agent, double p, int draw = 0) => Uniform(agent, draw) < p;
    }

    internal const ulong AgentMultiplier = 0xD6E8FEB86659FD93UL;
    internal const ulong DrawMultiplier = 0xA0761D6478BD642FUL;

    /// <summary>
    /// Integer form of <see cref="Chance"/>: Uniform &lt; p exactly when (bits &gt;&gt; 11) &lt; the returned threshold
    /// (Uniform is k·2⁻⁵³ for the integer k = bits &gt;&gt; 11, and p·2⁵³ is exact), for vectorised draws.
    /// </summary>
    internal static ulong ChanceThreshold(double p)
    {
        if (!(p > 0)) return 0;            // never (also NaN)
        if (p >= 1) return 1UL << 53;      // always: k < 2⁵³
        return (ulong)Math.Ceiling(p * (1UL << 53));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
