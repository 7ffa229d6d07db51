using KadSim.IO.Experiments;

namespace KadSim.Charts.Reports;

/// <summary>The reported case figures a scenario can be held against (brief §6); BARLINGMASCAKEB's auction record so far.</summary>
public static class CaseRecord
{
    public static IReadOnlyList<CaseFigure> For(EnsembleData data)
    {
        if (data.Spec.Name?.Contains("BARLINGMASCAKEB", StringComparison.OrdinalIgnoreCase) != true) return [];
        double[] Total(int from, int to) => [.. data.Auctions.Select(a => Enumerable.Range(from, to - from + 1).Sum(y => a.GetValueOrDefault(y).Sum)).Order()];
        double[] Count(int from, int to) => [.. data.Auctions.Select(a => (double)Enumerable.Range(from, to - from + 1).Sum(y => a.GetValueOrDefault(y).Count)).Order()];
        double[] realised = [.. data.Summaries.Select(s => s.Main.RealisationRate).Where(double.IsFinite).Order()];
        double[] dormant = [.. data.Summaries.Where(s => s.Main.DormantYear is not null).Select(s => (double)s.Main.DormantYear!.Value).Order()];
        var list = new List<CaseFigure>
        {
            Figure("auctions 2004–2009", 19, Count(2004, 2009), "auctions"),
            Figure("auction value 2004–2009", 321e9, Total(2004, 2009), "Rp"),
            Figure("auction value 2004–2005", 18e9, Total(2004, 2005), "Rp"),
            Figure("contract realisation", 0.65, realised, "share"),
        };
        if (dormant.Length > 0) list.Add(Figure("year of dormancy", 2011.5, dormant, ""));
        return list;
    }

    private static CaseFigure Figure(string label, double reported, double[] sorted, string unit) =>
        new(label, reported, sorted.Length == 0 ? double.NaN : sorted.Average(), Q(sorted, 0.05), Q(sorted, 0.95), unit);

    private static double Q(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : EnsembleSummary.Q(sorted, p);
}
