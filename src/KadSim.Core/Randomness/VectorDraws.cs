using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KadSim.Randomness;

/// <summary>
/// Keyed draws for many agents at once (AVX-512 where available: eight 64-bit lanes). The numbers are the
/// same as <see cref="KeyedRandom.TickDraws"/> gives one at a time: integer arithmetic, lane by lane.
/// </summary>
internal static class VectorDraws
{
    /// <summary>
    /// The first agent a in [from, to) whose <c>Chance(a, p)</c> succeeds, given <paramref name="threshold"/> =
    /// <see cref="KeyedRandom.ChanceThreshold"/>(p); <paramref name="to"/> if none.
    /// </summary>
    public static int NextChance(in KeyedRandom.TickDraws draws, int from, int to, ulong threshold)
    {
        if (threshold == 0) return to;
        int a = from;
        if (Vector512.IsHardwareAccelerated && to - a >= Vector512<ulong>.Count)
        {
            var key = Vector512.Create(draws.Key);
            var limit = Vector512.Create(threshold);
            var step = Vector512.Create((ulong)Vector512<ulong>.Count * KeyedRandom.AgentMultiplier);
            var term = (Vector512.Create((ulong)(uint)a) + Vector512<ulong>.Indices) * KeyedRandom.AgentMultiplier;
            for (; a <= to - Vector512<ulong>.Count; a += Vector512<ulong>.Count, term += step)
            {
                var bits = Mix(Mix(key + term)); // draw 0: + 0·DrawMultiplier
                ulong hits = Vector512.LessThan(Vector512.ShiftRightLogical(bits, 11), limit).ExtractMostSignificantBits();
                if (hits != 0) return a + BitOperations.TrailingZeroCount(hits);
            }
        }
        for (; a < to; a++)
            if (draws.Bits(a) >> 11 < threshold) return a;
        return to;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Mix(Vector512<ulong> z)
    {
        z = (z ^ Vector512.ShiftRightLogical(z, 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ Vector512.ShiftRightLogical(z, 27)) * 0x94D049BB133111EBUL;
        return z ^ Vector512.ShiftRightLogical(z, 31);
    }

    /// <summary>c[i] += κ·(b[i] − c[i]) for all i, the same operations in the same order per element.</summary>
    public static void Relax(Span<double> c, ReadOnlySpan<double> b, double kappa)
    {
        if (b.Length < c.Length) throw new ArgumentException("baseline shorter than commitment", nameof(b));
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            ref double rc = ref MemoryMarshal.GetReference(c);
            ref double rb = ref MemoryMarshal.GetReference(b);
            var k = Vector512.Create(kappa);
            for (; i <= c.Length - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                var vc = Vector512.LoadUnsafe(ref rc, (nuint)i);
                var vb = Vector512.LoadUnsafe(ref rb, (nuint)i);
                (vc + k * (vb - vc)).StoreUnsafe(ref rc, (nuint)i);
            }
        }
        for (; i < c.Length; i++) c[i] += kappa * (b[i] - c[i]);
    }

    /// <summary>x[i] *= factor for all i.</summary>
    public static void Scale(Span<double> x, double factor)
    {
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            ref double rx = ref MemoryMarshal.GetReference(x);
            var f = Vector512.Create(factor);
            for (; i <= x.Length - Vector512<double>.Count; i += Vector512<double>.Count)
                (Vector512.LoadUnsafe(ref rx, (nuint)i) * f).StoreUnsafe(ref rx, (nuint)i);
        }
        for (; i < x.Length; i++) x[i] *= factor;
    }

    /// <summary>x[i] += 1 for all i.</summary>
    public static void Increment(Span<int> x)
    {
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            ref int rx = ref MemoryMarshal.GetReference(x);
            var one = Vector512<int>.One;
            for (; i <= x.Length - Vector512<int>.Count; i += Vector512<int>.Count)
                (Vector512.LoadUnsafe(ref rx, (nuint)i) + one).StoreUnsafe(ref rx, (nuint)i);
        }
        for (; i < x.Length; i++) x[i]++;
    }

    /// <summary>The first index i in [from, x.Length) with x[i] == value, or x.Length.</summary>
    public static int IndexOf(ReadOnlySpan<int> x, int from, int value)
    {
        int k = x[from..].IndexOf(value);
        return k < 0 ? x.Length : from + k;
    }
}
