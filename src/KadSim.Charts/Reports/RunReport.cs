using System.Text.Json;
using KadSim.IO.Output;
using KadSim.IO.Scenarios;

namespace KadSim.Charts.Reports;

/// <summary>
/// The report of one run folder. The manifest embeds the effective scenario; the report re-runs it with
/// the manifest's seed and run index (runs are deterministic) after checking the scenario hash, and
/// checks that the result matches the summary the run recorded.
/// </summary>
public static class RunReport
{
    public static HtmlReport Build(string folder, string? exportDir = null)
    {
        var manifestPath = Path.Combine(folder, RunFolder.ManifestName);
        using var doc = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var m = doc.RootElement;
        var spec = ScenarioJson.Deserialize(m.GetProperty("scenario").GetRawText());
        var hash = ScenarioJson.Hash(spec);
        if (hash != m.GetProperty("scenarioHash").GetString())
            throw new InvalidDataException($"{manifestPath}: the embedded scenario does not match its hash; the folder was edited");
        ulong seed = m.GetProperty("seed").GetUInt64();
        int run = m.GetProperty("run").GetInt32();
        var data = EnsembleData.Single(spec, seed, run);
        var recorded = m.GetProperty("summary").GetProperty("bodies")[0];
        if (recorded.GetProperty("monthsActive").GetInt32() != data.Summaries[0].Main.MonthsActive)
            throw new InvalidDataException($"{manifestPath}: re-running the scenario does not reproduce the recorded run (a different KadSim version made it?)");

        var files = m.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        var overrides = m.GetProperty("overrides").EnumerateArray().Select(f => f.GetString()!).ToList();
        var provenance = new ReportProvenance(m.GetProperty("version").GetString()!, m.GetProperty("gitCommit").GetString()!, seed, 1, hash, files, overrides);
        var report = EnsembleReport.Build(data, provenance, [.. files.Skip(1).Select(ReportText.Describe), .. overrides.Select(o => $"override {o}")], exportDir);
        report.Paragraph($"This report shows a single run (seed {seed}, run {run}); one run is one possible history. Use an ensemble (kadsim report <scenario> --runs 200) for probabilities.", "prov");
        return report;
    }
}
