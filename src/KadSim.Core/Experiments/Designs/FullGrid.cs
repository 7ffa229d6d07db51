namespace KadSim.Experiments.Designs;

/// <summary>
/// Full factorial design: every combination of the per-dimension levels (Box, Hunter and Hunter
/// 2005, <i>Statistics for Experimenters</i>, ch. 5). Exhaustive and easy to read, but its size is
/// the product of the level counts, so it only suits a handful of parameters; use
/// <see cref="LatinHypercube"/> or <see cref="SobolSequence"/> beyond that.
/// </summary>
public static class FullGrid
{
    /// <summary>
    /// Builds the grid with <paramref name="levels"/>[j] levels in dimension j, in row-major order:
    /// the last dimension varies fastest, so point index = Σ_j level_j · Π_{k&gt;j} levels[k].
    /// Level positions follow <paramref name="placement"/> (endpoints j/(k − 1) by default).
    /// </summary>
    public static Design Create(IReadOnlyList<int> levels, GridPlacement placement = GridPlacement.Endpoints)
    {
        ArgumentNullException.ThrowIfNull(levels);
        int d = levels.Count;
        long total = 1;
        for (int j = 0; j < d; j++)
        {
            if (levels[j] < 1) throw new ArgumentOutOfRangeException(nameof(levels), levels[j], "Every dimension needs at least one level.");
            total *= levels[j];
            if (total > Array.MaxLength) throw new ArgumentException("Grid is too large to materialise.", nameof(levels));
        }
        if (d == 0) total = 0;

        var values = new double[d][];
        for (int j = 0; j < d; j++)
        {
            int k = levels[j];
            values[j] = new double[k];
            for (int l = 0; l < k; l++) values[j][l] = Position(l, k, placement);
        }

        var points = new double[total][];
        var index = new int[d];
        for (long i = 0; i < total; i++)
        {
            var row = new double[d];
            for (int j = 0; j < d; j++) row[j] = values[j][index[j]];
            points[i] = row;
            for (int j = d - 1; j >= 0; j--)
            {
                if (++index[j] < levels[j]) break;
                index[j] = 0;
            }
        }
        return new Design(points);
    }

    /// <summary>Unit position of level <paramref name="level"/> of <paramref name="count"/>.</summary>
    public static double Position(int level, int count, GridPlacement placement = GridPlacement.Endpoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, count);
        return placement switch
        {
            GridPlacement.Endpoints => count == 1 ? 0.5 : (double)level / (count - 1),
            GridPlacement.Centres => (level + 0.5) / count,
            _ => throw new ArgumentOutOfRangeException(nameof(placement), placement, null),
        };
    }
}
