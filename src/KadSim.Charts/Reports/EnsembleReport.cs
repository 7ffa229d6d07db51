using KadSim.IO.Experiments;
using KadSim.Scenario;

namespace KadSim.Charts.Reports;

/// <summary>
/// The report of an ensemble: the question, the scenario in plain words, key outcomes in words and
/// numbers, bands of the main series, the status of the body across runs, the trust among members,
/// the case record where the scenario has one, parameters and provenance.
/// </summary>
public static class EnsembleReport
{
    public static readonly string[] BandSeries = ["mean_commitment", "mean_trust", "funds", "dues_income", "auction_value"];

    public static HtmlReport Build(EnsembleData data, ReportProvenance provenance, IReadOnlyList<string> overlayDescriptions, string? exportDir = null)
    {
        var spec = data.Spec;
        var body = spec.Bodies[0];
        var report = new HtmlReport($"KadSim report: {spec.Name}");
        report.Paragraph(spec.Description ?? $"What happens to {body.Name ?? body.Id}?", "question");

        report.Heading("The scenario in plain words");
        report.Paragraph(ScenarioWords(spec));
        if (overlayDescriptions.Count > 0)
        {
            report.Paragraph("What-ifs applied on top of the base scenario:");
            report.Bullets(overlayDescriptions);
        }

        report.Heading("Key outcomes");
        var words = Outcomes(data, out var keys);
        report.KeyNumbers(keys);
        report.Bullets(words);

        report.Heading("Charts");
        report.Chart(KadCharts.StatusShares(data.Series, data.Calendar, $"{body.Name ?? body.Id}: status across {data.Runs} runs"), "status", "Share of runs in which the body is active, dormant or dissolved, month by month.", exportDir);
        foreach (var s in BandSeries)
        {
            if (s == "auction_value" && data.Summaries.All(x => x.Main.AuctionsHeld == 0)) continue;
            var (label, _) = KadCharts.SeriesLabel(s);
            report.Chart(KadCharts.EnsembleBand(data.Series, data.Calendar, s, $"{spec.Name}: {label}"), s, $"{Capital(label)}: mean across runs and the band holding 90% of runs (5th–95th percentile).", exportDir);
        }
        for (int d = 0; d < data.TrustDates.Length; d++)
        {
            var date = data.TrustDates[d];
            var name = d == data.TrustDates.Length - 1 ? "trust" : $"trust-{date}";
            report.Chart(KadCharts.TrustHeatmap(data.MemberNames, data.MeanTrust(d), $"Trust among members at {date} (mean of runs)"), name, $"Trust of each member (row) in each other member (column) at {date}, averaged over runs.", exportDir);
        }
        var record = CaseRecord.For(data);
        if (record.Count > 0)
            report.Chart(KadCharts.SimulatedVsReported(record, $"{spec.Name}: simulated vs reported (brief §6)"), "case-record", "The case figures reported by the field studies (grey, = 100) and the model's ensemble mean with its 5–95% range (blue).", exportDir);

        report.Heading("Parameters and settings");
        report.Table(["setting", "value"], Settings(spec));
        provenance.AppendTo(report);
        return report;
    }

    internal static List<string> Outcomes(EnsembleData data, out List<(string, string)> keys)
    {
        int n = data.Runs;
        var never = data.NeverDormant;
        double survive = never.Count(x => x) / (double)n;
        var (lo, hi) = ReportText.Wilson(survive, n);
        var years = data.Summaries.Where(s => s.Main.DormantYear is not null).Select(s => (double)s.Main.DormantYear!.Value).Order().ToArray();
        double active = data.Summaries.Average(s => s.Main.MonthsActive) / 12;
        double dues = data.Summaries.Average(s => s.Main.DuesCollected);
        double benefits = data.Summaries.Average(s => s.Main.BenefitsDelivered);
        double auctions = data.Summaries.Average(s => s.Main.AuctionValue);
        keys =
        [
            (ReportText.Percent(survive), $"of {n} runs never go dormant (95% CI {ReportText.Percent(lo)}–{ReportText.Percent(hi)})"),
            (years.Length == 0 ? "never" : ReportText.Number(Median(years), "0"), "median year of dormancy, among runs that go dormant"),
            (ReportText.Number(active, "0.0") + " years", "active on average"),
            (ReportText.Rupiah(dues), "dues collected on average"),
        ];
        var words = new List<string>
        {
            $"In {ReportText.Percent(1 - survive)} of the {n} runs the body goes dormant at some point" +
                (years.Length == 0 ? "." : $", typically in {ReportText.Number(Median(years), "0")} (90% of those runs between {ReportText.Number(Q(years, 0.05), "0")} and {ReportText.Number(Q(years, 0.95), "0")})."),
            $"On average it is active for {ReportText.Number(active, "0.0")} years, collects {ReportText.Rupiah(dues)} in dues and delivers {ReportText.Rupiah(benefits)} of benefits to its members.",
            $"Heads change {ReportText.Number(data.Summaries.Average(s => s.HeadTurnovers), "0.0")} times per run; at the end members' mean commitment is {ReportText.Number(data.Summaries.Average(s => s.Main.FinalMeanCommitment), "0.00")} and their mean trust {ReportText.Number(data.Summaries.Average(s => s.Main.FinalMeanTrust), "0.00")} (0–1).",
        };
        if (auctions > 0)
            words.Add($"Its forward auctions trade {ReportText.Rupiah(auctions)} in total on average, {ReportText.Percent(data.Summaries.Average(s => s.Main.RealisationRate))} of it realised.");
        return words;
    }

    private static string ScenarioWords(ScenarioSpec spec)
    {
        var body = spec.Bodies[0];
        var members = string.Join(", ", body.Members.Select(m => spec.Regions.FirstOrDefault(r => r.Id == m.Region)?.Name ?? m.Region));
        var dues = body.Dues.Count == 0 ? "members pay no dues" : "dues per member: " + string.Join(", ", body.Dues.Select(d => $"{ReportText.Rupiah(d.Amount ?? 0)} from {d.From}"));
        var rules = spec.Events.Count == 0 ? "no rule changes" : string.Join("; ", spec.Events.Select(e => $"{e.Date}: {e.Type} {e.Channel}{e.Province} ({e.Note})"));
        return $"{body.Name ?? body.Id} is a {body.Format} body ({body.DuesRule.ToString().ToLowerInvariant()} dues; {dues}) founded {body.Founded}, with members {members}. " +
               $"The run covers {spec.Start} to {spec.End}. Heads are elected every {spec.Elections.TermMonths / 12} years" +
               (spec.Elections.Turnover ? "" : " but never change (no turnover)") + $". Rules: {rules}.";
    }

    private static IEnumerable<IReadOnlyList<string>> Settings(ScenarioSpec spec)
    {
        var body = spec.Bodies[0];
        var p = spec.Parameters;
        yield return ["format / management", $"{body.Format} / {body.Management?.ToString() ?? "format default"}"];
        yield return ["legal basis", body.LegalBasis.ToString()];
        yield return ["operating cost per month", body.OperatingCostPerMonth is { } c ? ReportText.Rupiah(c) : "format default"];
        yield return ["programmes", body.Programmes.Count == 0 ? "none" : string.Join(", ", body.Programmes.Select(x => $"{x.Id} ({x.Type})"))];
        yield return ["grants", string.Join("; ", spec.Provinces.SelectMany(v => v.Grants.Select(g => $"{v.Id}: {ReportText.Rupiah(g.Total ?? 0)} {g.Start}–{g.End}{(g.Committed ? " (committed)" : $" (political will {v.PoliticalWill:0.##})")}"))
            .Concat(spec.Donors.SelectMany(d => d.Grants.Select(g => $"{d.Id}: {ReportText.Rupiah(g.Total ?? 0)} {g.Start}–{g.End}")))) is { Length: > 0 } gs ? gs : "none"];
        yield return ["re-election probability; successor commitment", $"{p.ReelectionProbability:0.##}; {p.SuccessorCommitmentMean:0.##} ± {p.SuccessorCommitmentSpread:0.##}"];
        yield return ["learning rate; aspiration", $"{p.LearningRate:0.##}; {p.Aspiration:0.##} dues"];
        yield return ["pay threshold; quorum", $"{p.PayThreshold:0.##}; {p.QuorumShare:0.##}"];
        yield return ["all other parameters", "defaults of docs/model.md (parameter table)"];
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static double Median(double[] sorted) => Q(sorted, 0.5);

    private static double Q(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : EnsembleSummary.Q(sorted, p);
}
