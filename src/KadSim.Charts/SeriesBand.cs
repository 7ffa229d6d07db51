using KadSim.Observation;

namespace KadSim.Charts;

/// <summary>Mean and 5–95% band of one monthly series across the runs of an ensemble.</summary>
public sealed record SeriesBand(string Series, double[] Mean, double[] Low, double[] High)
{
    public static SeriesBand Of(IReadOnlyList<BodySeries> runs, string series, double low = 0.05, double high = 0.95)
    {
        if (runs.Count == 0) throw new ArgumentException("no runs");
        int ticks = runs[0].Ticks;
        var mean = new double[ticks];
        var lo = new double[ticks];
        var hi = new double[ticks];
        var column = new double[runs.Count];
        for (int t = 0; t < ticks; t++)
        {
            int n = 0;
            foreach (var r in runs)
            {
                double v = r.Series(series)[t];
                if (double.IsFinite(v)) column[n++] = v;
            }
            if (n == 0) { mean[t] = lo[t] = hi[t] = double.NaN; continue; }
            var values = column.AsSpan(0, n);
            values.Sort();
            double sum = 0;
            foreach (var v in values) sum += v;
            mean[t] = sum / n;
            lo[t] = Quantile(values, low);
            hi[t] = Quantile(values, high);
        }
        return new SeriesBand(series, mean, lo, hi);
    }

    /// <summary>Share of runs in each status per tick (proposed, active, dormant, dissolved).</summary>
    public static double[][] StatusShares(IReadOnlyList<BodySeries> runs)
    {
        int ticks = runs[0].Ticks;
        var shares = new double[4][];
        for (int s = 0; s < 4; s++) shares[s] = new double[ticks];
        foreach (var r in runs)
            for (int t = 0; t < ticks; t++) shares[r.Status[t]][t] += 1.0 / runs.Count;
        return shares;
    }

    private static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int a = (int)Math.Floor(h), b = Math.Min(sorted.Length - 1, a + 1);
        return sorted[a] + (h - a) * (sorted[b] - sorted[a]);
    }
}
