using System.Globalization;
using KadSim.Charts.Reports;
using KadSim.Notebooks;

namespace KadSim;

/// <summary>A share of runs (e.g. runs in which the body never goes dormant) with its Wilson 95% confidence interval.</summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public readonly record struct Proportion(int Count, int Runs)
{
    /// <summary>Count / Runs (NaN without runs).</summary>
    public double Share => Runs == 0 ? double.NaN : Count / (double)Runs;

    /// <summary>Lower end of the Wilson 95% interval.</summary>
    public double Low => ReportText.Wilson(Share, Runs).Low;

    /// <summary>Upper end of the Wilson 95% interval.</summary>
    public double High => ReportText.Wilson(Share, Runs).High;

    /// <summary>The share of <paramref name="outcomes"/> that are true.</summary>
    public static Proportion Of(IEnumerable<bool> outcomes)
    {
        int count = 0, runs = 0;
        foreach (var o in outcomes)
        {
            runs++;
            if (o) count++;
        }
        return new Proportion(count, runs);
    }

    /// <summary>"62.0% (95% CI 55.1–68.4%; 124 of 200 runs)".</summary>
    public override string ToString() => $"{Pct(Share)}% (95% CI {Pct(Low)}–{Pct(High)}%; {Count} of {Runs} runs)";

    private static string Pct(double share) => double.IsFinite(share) ? (100 * share).ToString("0.0", CultureInfo.InvariantCulture) : "–";
}
