namespace KadSim.Experiments.Designs;

/// <summary>
/// A set of design points in the unit hypercube, n rows by d columns, that an experiment maps onto
/// real parameter ranges with <see cref="Scale(IReadOnlyList{ParameterBounds})"/>. Keeping every
/// design generator (<see cref="FullGrid"/>, <see cref="LatinHypercube"/>, <see cref="SobolSequence"/>)
/// in unit coordinates separates the sampling scheme from the parameter ranges, as in Saltelli et al.
/// (2008), <i>Global Sensitivity Analysis: The Primer</i>, ch. 2.
/// </summary>
/// <remarks>
/// Coordinates lie in [0, 1). The one exception is <see cref="FullGrid"/> with
/// <see cref="GridPlacement.Endpoints"/> (and Morris grids), whose top level is exactly 1; every
/// scaling helper maps 1 to the top of the range or the last value, so both conventions are safe.
/// </remarks>
public sealed class Design
{
    /// <summary>Wraps <paramref name="points"/> (taken as is, not copied); rows must all have the same length.</summary>
    public Design(double[][] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int d = points.Length == 0 ? 0 : (points[0] ?? throw new ArgumentException("Null row.", nameof(points))).Length;
        foreach (var row in points)
        {
            if (row is null || row.Length != d)
                throw new ArgumentException("Every design point must have the same number of coordinates.", nameof(points));
        }
        Points = points;
        Dimensions = d;
    }

    /// <summary>The points, n rows by d columns, in unit coordinates.</summary>
    public double[][] Points { get; }

    /// <summary>Number of points n.</summary>
    public int Count => Points.Length;

    /// <summary>Number of dimensions d.</summary>
    public int Dimensions { get; }

    /// <summary>Column <paramref name="dimension"/> as a new array.</summary>
    public double[] Column(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(dimension, Dimensions);
        var column = new double[Count];
        for (int i = 0; i < column.Length; i++) column[i] = Points[i][dimension];
        return column;
    }

    /// <summary>Maps every point linearly onto the given per-dimension ranges; returns new arrays.</summary>
    public double[][] Scale(IReadOnlyList<ParameterBounds> bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        if (bounds.Count != Dimensions)
            throw new ArgumentException($"Expected {Dimensions} bounds, got {bounds.Count}.", nameof(bounds));
        var scaled = new double[Count][];
        for (int i = 0; i < scaled.Length; i++)
        {
            var row = new double[Dimensions];
            for (int j = 0; j < row.Length; j++) row[j] = bounds[j].Map(Points[i][j]);
            scaled[i] = row;
        }
        return scaled;
    }

    /// <summary>
    /// Maps every point onto indices of per-dimension value lists with <paramref name="counts"/>[j]
    /// entries, so that a categorical or discrete parameter can be driven by the same design.
    /// </summary>
    public int[][] ScaleToIndices(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count != Dimensions)
            throw new ArgumentException($"Expected {Dimensions} counts, got {counts.Count}.", nameof(counts));
        var scaled = new int[Count][];
        for (int i = 0; i < scaled.Length; i++)
        {
            var row = new int[Dimensions];
            for (int j = 0; j < row.Length; j++) row[j] = ToIndex(Points[i][j], counts[j]);
            scaled[i] = row;
        }
        return scaled;
    }

    /// <summary>Linear map of a unit coordinate onto [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double ScaleLinear(double u, double min, double max) => min + u * (max - min);

    /// <summary>
    /// Index into a list of <paramref name="count"/> values: ⌊u·count⌋, so each value owns an equal
    /// share of [0, 1); u = 1 (a grid endpoint) maps to the last value. Level centres
    /// (j + ½)/k and endpoints j/(k − 1) of a k-level grid both map back to level j.
    /// </summary>
    public static int ToIndex(double u, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (!(u >= 0.0 && u <= 1.0)) throw new ArgumentOutOfRangeException(nameof(u), u, "Unit coordinate must be in [0, 1].");
        return Math.Min((int)(u * count), count - 1);
    }

    /// <summary>The value of <paramref name="values"/> selected by unit coordinate <paramref name="u"/> (see <see cref="ToIndex"/>).</summary>
    public static T Pick<T>(double u, IReadOnlyList<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values[ToIndex(u, values.Count)];
    }
}
