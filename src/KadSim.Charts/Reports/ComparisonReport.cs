namespace KadSim.Charts.Reports;

/// <summary>
/// Baseline vs what-if, side by side, on the same seeds (paired runs): the difference in survival
/// probability with its 95% interval, status across runs for both, and each main series compared.
/// </summary>
public static class ComparisonReport
{
    public static HtmlReport Build(EnsembleData baseline, EnsembleData whatIf, string whatIfLabel, ReportProvenance provenance,
        IReadOnlyList<string> baselineOverlays, IReadOnlyList<string> whatIfOverlays, string? exportDir = null)
    {
        var spec = baseline.Spec;
        var report = new HtmlReport($"KadSim what-if: {spec.Name} — {whatIfLabel}");
        report.Paragraph($"What changes for {spec.Bodies[0].Name ?? spec.Bodies[0].Id} if: {whatIfLabel}?", "question");

        report.Heading("The two scenarios");
        report.Paragraph($"Baseline: {spec.Description}");
        if (baselineOverlays.Count > 0) report.Bullets(baselineOverlays);
        report.Paragraph("What-if: the baseline with");
        report.Bullets(whatIfOverlays);

        report.Heading("The answer");
        var a = baseline.NeverDormant;
        var b = whatIf.NeverDormant;
        double pa = a.Count(x => x) / (double)a.Length, pb = b.Count(x => x) / (double)b.Length;
        var (diff, lo, hi) = ReportText.PairedDifference(a, b);
        double activeA = baseline.Summaries.Average(s => s.Main.MonthsActive) / 12, activeB = whatIf.Summaries.Average(s => s.Main.MonthsActive) / 12;
        report.KeyNumbers(
        [
            (ReportText.Percent(pa), "baseline: runs that never go dormant"),
            (ReportText.Percent(pb), "what-if: runs that never go dormant"),
            ($"{(diff >= 0 ? "+" : "")}{ReportText.Number(100 * diff, "0")} pp", $"difference in survival probability (95% CI {ReportText.Number(100 * lo, "0")} to {ReportText.Number(100 * hi, "0")} pp)"),
            ($"{(activeB - activeA >= 0 ? "+" : "")}{ReportText.Number(activeB - activeA, "0.0")} years", "difference in years active, on average"),
        ]);
        report.Paragraph($"Over {a.Length} paired runs (the same seeds in both scenarios), the body survives without going dormant in {ReportText.Percent(pa)} of baseline runs and " +
            $"{ReportText.Percent(pb)} of what-if runs: a difference of {ReportText.Number(100 * diff, "0")} percentage points, with a 95% confidence interval from {ReportText.Number(100 * lo, "0")} to {ReportText.Number(100 * hi, "0")}. " +
            $"It stays active {ReportText.Number(activeA, "0.0")} years on average in the baseline and {ReportText.Number(activeB, "0.0")} years in the what-if.");

        report.Heading("Charts");
        report.Chart(KadCharts.StatusShares(baseline.Series, baseline.Calendar, $"Baseline: status across {a.Length} runs"), "status-baseline", "Baseline: share of runs active, dormant or dissolved.", exportDir);
        report.Chart(KadCharts.StatusShares(whatIf.Series, whatIf.Calendar, $"What-if: status across {b.Length} runs"), "status-whatif", $"What-if ({whatIfLabel}): share of runs active, dormant or dissolved.", exportDir);
        foreach (var s in new[] { "funds", "mean_commitment", "dues_income" })
        {
            var (label, _) = KadCharts.SeriesLabel(s);
            report.Chart(KadCharts.Compare([("baseline", baseline.Series), ("what-if", whatIf.Series)], baseline.Calendar, s, $"{label}: baseline vs what-if"),
                $"compare-{s}", $"{label}: mean and 5–95% band of runs, baseline (blue) and what-if (orange).", exportDir);
        }

        report.Heading("Outcomes of each scenario");
        var ka = EnsembleReport.Outcomes(baseline, out _);
        var kb = EnsembleReport.Outcomes(whatIf, out _);
        report.Table(["", "baseline", "what-if"], ka.Zip(kb).Select(p => (IReadOnlyList<string>)["", p.First, p.Second]));
        provenance.AppendTo(report);
        return report;
    }
}
