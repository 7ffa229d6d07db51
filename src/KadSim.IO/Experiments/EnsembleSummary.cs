using System.Globalization;

namespace KadSim.IO.Experiments;

/// <summary>Quantiles of each outcome metric across the runs of an ensemble (or of one design point).</summary>
public sealed record EnsembleSummary(string Metric, int Runs, double Mean, double Q05, double Q25, double Median, double Q75, double Q95)
{
    /// <summary>Summarises every metric of the run table under <paramref name="runsDir"/>; NaN values (e.g. never dormant) are left out of each metric.</summary>
    public static IReadOnlyList<EnsembleSummary> Of(string runsDir)
    {
        var table = RunTableReader.Read(runsDir);
        var list = new List<EnsembleSummary>();
        foreach (var m in RunTable.Metrics)
        {
            var xs = table.Rows == 0 ? [] : table.Numbers(m).Where(double.IsFinite).Order().ToArray();
            list.Add(xs.Length == 0
                ? new EnsembleSummary(m, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
                : new EnsembleSummary(m, xs.Length, xs.Average(), Q(xs, 0.05), Q(xs, 0.25), Q(xs, 0.5), Q(xs, 0.75), Q(xs, 0.95)));
        }
        return list;
    }

    /// <summary>Linear-interpolation quantile of sorted values (type 7, as R and NumPy default).</summary>
    public static double Q(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h), hi = Math.Min(sorted.Length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Writes the summaries as CSV (small, human-readable; the run table is the Parquet source of truth).</summary>
    public static void WriteCsv(string path, IReadOnlyList<EnsembleSummary> rows)
    {
        var lines = new List<string> { "metric,runs,mean,q05,q25,median,q75,q95" };
        lines.AddRange(rows.Select(r => string.Join(',', r.Metric, r.Runs.ToString(CultureInfo.InvariantCulture),
            F(r.Mean), F(r.Q05), F(r.Q25), F(r.Median), F(r.Q75), F(r.Q95))));
        var tmp = path + ".partial";
        File.WriteAllLines(tmp, lines);
        File.Move(tmp, path, overwrite: true);
    }

    private static string F(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
