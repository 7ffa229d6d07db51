using System.Numerics;

namespace KadSim.Experiments.Designs;

/// <summary>
/// The Sobol' low-discrepancy sequence (Sobol' 1967, <i>USSR Comput. Math. Math. Phys.</i>
/// 7(4):86–112) with Joe and Kuo's (2008) direction numbers <c>new-joe-kuo-6.21201</c>, generated in
/// Gray-code order (Antonov and Saleev 1979; Bratley and Fox 1988, ACM TOMS Algorithm 659). Quasi-random
/// points fill the cube far more evenly than pseudo-random ones, so Monte Carlo estimates such as
/// Sobol' sensitivity indices converge close to O(1/n) instead of O(1/√n).
/// </summary>
/// <remarks>
/// <para>Unscrambled and therefore fully deterministic: point i is the same on every machine, and
/// dimension 1 is the base-2 van der Corput sequence. With 32-bit direction numbers the sequence is
/// defined for indices 0 ≤ i &lt; 2^32 (so at least 2^31 points are available); coordinates are
/// multiples of 2^−32 in [0, 1).</para>
/// <para>Point 0 is the origin, which is skipped by default (<c>skip = 1</c>) because models often
/// misbehave at a corner. The price is that the first 2^k returned points are then not exactly a
/// (t, k, d)-net: any aligned block of indices [m·2^k, (m + 1)·2^k) is, so pass <c>skip = 0</c> when
/// exact stratification matters more than avoiding the origin.</para>
/// </remarks>
public sealed class SobolSequence
{
    /// <summary>Largest supported dimension: 1 (van der Corput) plus the hard-coded Joe–Kuo rows.</summary>
    public static int MaxDimensions { get; } = JoeKuoDirections.Rows.Length + 1;

    /// <summary>One past the largest supported index, 2^32.</summary>
    public const long MaxIndex = 1L << Bits;

    private const int Bits = 32;
    private const double Scale = 1.0 / (1L << Bits);

    // _v[j][k] is direction number v_{k+1} of dimension j + 1, scaled to a 32-bit fraction.
    private readonly uint[][] _v;
    private readonly uint[] _x;

    /// <summary>Starts a <paramref name="dimensions"/>-dimensional sequence at index <paramref name="skip"/>.</summary>
    public SobolSequence(int dimensions, long skip = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(skip, MaxIndex);
        Dimensions = dimensions;
        _v = new uint[dimensions][];
        for (int j = 0; j < dimensions; j++) _v[j] = DirectionNumbers(j);
        _x = new uint[dimensions];
        Index = skip;
        Integer(skip, _x);
    }

    /// <summary>Number of dimensions d.</summary>
    public int Dimensions { get; }

    /// <summary>Index of the point the next call to <see cref="Next(Span{double})"/> returns.</summary>
    public long Index { get; private set; }

    /// <summary>Writes the next point into <paramref name="point"/> and advances.</summary>
    public void Next(Span<double> point)
    {
        if (point.Length != Dimensions) throw new ArgumentException($"Expected {Dimensions} coordinates.", nameof(point));
        if (Index >= MaxIndex) throw new InvalidOperationException("The Sobol' sequence is exhausted (2^32 points).");
        for (int j = 0; j < point.Length; j++) point[j] = _x[j] * Scale;
        // Gray-code step: x_{i+1} = x_i XOR v_c, c = 1 + number of trailing one bits of i.
        int c = BitOperations.TrailingZeroCount(~(ulong)Index);
        Index++;
        if (c < Bits)
        {
            for (int j = 0; j < _x.Length; j++) _x[j] ^= _v[j][c];
        }
    }

    /// <summary>Returns the next point and advances.</summary>
    public double[] Next()
    {
        var point = new double[Dimensions];
        Next(point);
        return point;
    }

    /// <summary>Returns the next <paramref name="count"/> points as a design and advances past them.</summary>
    public Design Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > MaxIndex - Index) throw new ArgumentOutOfRangeException(nameof(count), count, "Not that many points left.");
        var points = new double[count][];
        for (int i = 0; i < count; i++) points[i] = Next();
        return new Design(points);
    }

    /// <summary>Writes point <paramref name="index"/> into <paramref name="point"/> without moving the sequence (random access).</summary>
    public void PointAt(long index, Span<double> point)
    {
        if (point.Length != Dimensions) throw new ArgumentException($"Expected {Dimensions} coordinates.", nameof(point));
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxIndex);
        Span<uint> x = stackalloc uint[Dimensions];
        Integer(index, x);
        for (int j = 0; j < point.Length; j++) point[j] = x[j] * Scale;
    }

    /// <summary>The first <paramref name="count"/> points after skipping <paramref name="skip"/> (default: the origin).</summary>
    public static Design Create(int count, int dimensions, long skip = 1) =>
        new SobolSequence(dimensions, skip).Take(count);

    // Point i is the XOR of the direction numbers selected by the bits of its Gray code i ^ (i >> 1).
    private void Integer(long index, Span<uint> x)
    {
        ulong gray = (ulong)index ^ ((ulong)index >> 1);
        x.Clear();
        for (int k = 0; gray != 0; k++, gray >>= 1)
        {
            if ((gray & 1) == 0) continue;
            for (int j = 0; j < x.Length; j++) x[j] ^= _v[j][k];
        }
    }

    // Joe and Kuo's recurrence in its shifted form: v_k = m_k / 2^k for k ≤ s, then
    // v_k = a_1 v_{k−1} ⊕ … ⊕ a_{s−1} v_{k−s+1} ⊕ v_{k−s} ⊕ (v_{k−s} / 2^s).
    private static uint[] DirectionNumbers(int dimension)
    {
        var v = new uint[Bits];
        if (dimension == 0)
        {
            for (int k = 0; k < Bits; k++) v[k] = 1u << (Bits - 1 - k);
            return v;
        }
        int[] row = JoeKuoDirections.Rows[dimension - 1];
        int s = row[0], a = row[1];
        for (int k = 0; k < Math.Min(s, Bits); k++) v[k] = (uint)row[2 + k] << (Bits - 1 - k);
        for (int k = s; k < Bits; k++)
        {
            uint value = v[k - s] ^ (v[k - s] >> s);
            for (int l = 1; l < s; l++)
            {
                if (((a >> (s - 1 - l)) & 1) != 0) value ^= v[k - l];
            }
            v[k] = value;
        }
        return v;
    }
}
