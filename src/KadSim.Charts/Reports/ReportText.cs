using System.Globalization;

namespace KadSim.Charts.Reports;

/// <summary>Numbers in words a policy analyst reads: Rupiah in juta or milyar, shares in percent, intervals.</summary>
public static class ReportText
{
    public static string Rupiah(double v) =>
        !double.IsFinite(v) ? "–" : Math.Abs(v) >= 1e9 ? $"Rp {(v / 1e9).ToString("N1", CultureInfo.InvariantCulture)} milyar" : $"Rp {(v / 1e6).ToString("N0", CultureInfo.InvariantCulture)} juta";

    public static string Percent(double share) => double.IsFinite(share) ? (100 * share).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Number(double v, string format = "0.##") => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    /// <summary>Wilson 95% interval of a share from n Bernoulli outcomes.</summary>
    public static (double Low, double High) Wilson(double share, int n)
    {
        if (n == 0) return (double.NaN, double.NaN);
        const double z = 1.959964;
        double d = 1 + z * z / n, c = share + z * z / (2 * n);
        double h = z * Math.Sqrt(share * (1 - share) / n + z * z / (4.0 * n * n));
        return ((c - h) / d, (c + h) / d);
    }

    /// <summary>
    /// Difference of two shares measured on the same seeds (paired runs), with a 95% interval from the
    /// paired variance: var = (p₁₀ + p₀₁ − (p₁₀ − p₀₁)²)/n.
    /// </summary>
    public static (double Difference, double Low, double High) PairedDifference(IReadOnlyList<bool> a, IReadOnlyList<bool> b)
    {
        int n = Math.Min(a.Count, b.Count);
        if (n == 0) return (double.NaN, double.NaN, double.NaN);
        double p10 = 0, p01 = 0;
        for (int i = 0; i < n; i++)
        {
            if (b[i] && !a[i]) p10++;
            if (a[i] && !b[i]) p01++;
        }
        p10 /= n;
        p01 /= n;
        double diff = p10 - p01;
        double se = Math.Sqrt(Math.Max(0, p10 + p01 - diff * diff) / n);
        return (diff, Math.Max(-1, diff - 1.959964 * se), Math.Min(1, diff + 1.959964 * se));
    }

    /// <summary>The leading // comment lines of a JSON file: how overlays describe their what-if in plain words.</summary>
    public static string Describe(string file)
    {
        if (!File.Exists(file)) return Path.GetFileName(file);
        var lines = File.ReadLines(file).TakeWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.TrimStart()[2..].Trim()).ToList();
        return lines.Count == 0 ? Path.GetFileName(file) : $"{Path.GetFileName(file)}: {string.Join(' ', lines)}";
    }
}
