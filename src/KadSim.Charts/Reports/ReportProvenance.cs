namespace KadSim.Charts.Reports;

/// <summary>Where a report's numbers come from: tool version, commit, seed, runs, scenario hash, files and overrides.</summary>
public sealed record ReportProvenance(string Version, string Commit, ulong Seed, int Runs, string ScenarioHash, IReadOnlyList<string> Files, IReadOnlyList<string> Overrides)
{
    public void AppendTo(HtmlReport report)
    {
        report.Heading("Provenance");
        report.Table(["item", "value"],
        [
            ["tool", $"kadsim {Version}"],
            ["git commit", Commit],
            ["seed (run r uses keyed randomness (seed, r))", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ["runs", Runs.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ["scenario hash (SHA-256 of the effective scenario)", ScenarioHash],
            ["files, in layering order", Files.Count == 0 ? "–" : string.Join("; ", Files)],
            ["overrides", Overrides.Count == 0 ? "none" : string.Join("; ", Overrides)],
        ]);
        report.Paragraph("Rerunning with the same scenario, overlays, overrides and seed reproduces every number and chart exactly.", "prov");
    }
}
