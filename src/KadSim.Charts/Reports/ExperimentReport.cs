using System.Globalization;
using System.Text.Json;
using KadSim.IO.Experiments;

namespace KadSim.Charts.Reports;

/// <summary>
/// The report of an experiment folder: a sweep or ensemble (sweep.json and its run table), a sensitivity
/// analysis (sensitivity.csv) or a calibration (fit.json, posterior.csv). Numbers are read from the
/// folder's files, not re-simulated.
/// </summary>
public static class ExperimentReport
{
    public static HtmlReport Build(string folder, string? exportDir = null)
    {
        if (File.Exists(Path.Combine(folder, "fit.json"))) return Calibration(folder, exportDir);
        var manifestPath = Path.Combine(folder, SweepRunner.ManifestName);
        using var doc = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var m = doc.RootElement;
        string name = m.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : Path.GetFileName(folder);
        var report = new HtmlReport($"KadSim experiment: {name}");
        var parameters = m.GetProperty("parameters").EnumerateArray().Select(p => (Key: p.GetProperty("key").GetString()!, Column: p.GetProperty("column").GetString()!)).ToList();
        long runs = m.GetProperty("runs").GetInt64();
        report.Paragraph(parameters.Count == 0
            ? $"How much do outcomes vary from run to run? An ensemble of {runs:N0} runs of one scenario."
            : $"Which of {string.Join(", ", parameters.Select(p => p.Column))} matter for the outcome, and how? {runs:N0} runs over {m.GetProperty("points").GetInt32():N0} design points × {m.GetProperty("replications").GetInt32()} replications.", "question");

        var table = RunTableReader.Read(Path.Combine(folder, "runs"));
        report.Heading("Outcomes across runs");
        report.Paragraph($"{table.Rows:N0} runs read from {Path.Combine(folder, "runs")}" + (table.Rows < runs ? $" (the plan has {runs:N0}: the experiment is incomplete; run it again to resume)." : "."));
        var summary = EnsembleSummary.Of(Path.Combine(folder, "runs"));
        report.Table(["metric", "mean", "5%", "median", "95%"],
            summary.Where(s => s.Runs > 0).Select(s => (IReadOnlyList<string>)[s.Metric, G(s.Mean), G(s.Q05), G(s.Median), G(s.Q95)]));

        var sensitivity = Path.Combine(folder, SensitivityRunner.ResultName);
        if (File.Exists(sensitivity))
        {
            report.Heading("Which factors matter");
            var rows = ReadSensitivity(sensitivity);
            foreach (var g in rows.GroupBy(r => r.Metric))
            {
                if (g.All(r => double.IsFinite(r.ST)))
                    report.Chart(KadCharts.SobolBars([.. g], $"Sobol indices: {g.Key}"), $"sobol-{g.Key}", $"First-order (S1) and total-order (ST) Sobol indices of {g.Key}, with bootstrap 95% confidence intervals. ST − S1 is the share of variance from interactions.", exportDir);
                else
                    report.Table(["parameter", "μ*", "μ", "σ"], g.OrderByDescending(r => r.MuStar).Select(r => (IReadOnlyList<string>)[r.Parameter, G(r.MuStar), G(r.Mu), G(r.Sigma)]), $"Morris elementary effects of {g.Key} (per unit of each parameter's normalised range)");
            }
        }
        else if (parameters.Count > 0 && table.Rows > 0)
        {
            report.Heading("How outcomes respond to each parameter");
            var y = table.Numbers("years_active").ToArray();
            foreach (var (_, column) in parameters)
            {
                if (!table.Columns.TryGetValue(column, out var values) || values.Count == 0 || values[0] is not double) continue;
                var x = table.Numbers(column).ToArray();
                report.Chart(KadCharts.SweepResponse(x, y, column, "years active", $"Years active vs {column}"), $"response-{column}", $"Years the body is active in each run (dots) against {column}, with the mean per value where values repeat.", exportDir);
            }
        }
        report.Heading("Provenance");
        report.Table(["item", "value"],
        [
            ["tool", $"kadsim {S(m, "version")}"], ["git commit", S(m, "gitCommit")], ["plan", S(m, "plan")],
            ["scenario hash", S(m, "scenarioHash")], ["seed", m.GetProperty("seed").ToString()], ["plan fingerprint", S(m, "fingerprint")],
        ]);
        return report;
    }

    private static HtmlReport Calibration(string folder, string? exportDir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "fit.json")));
        var m = doc.RootElement;
        var report = new HtmlReport($"KadSim calibration: {S(m, "name")}");
        report.Paragraph($"Which parameter values make {S(m, "scenario")} reproduce the observed record?", "question");
        report.Heading("Fitted parameters");
        report.Table(["parameter", "prior", "posterior mean", "posterior 5–95%", "best fit"],
            m.GetProperty("parameters").EnumerateArray().Select(p => (IReadOnlyList<string>)[
                S(p, "name"), $"{G(D(p, "min"))} – {G(D(p, "max"))}", G(D(p, "posteriorMean")), $"{G(D(p, "posteriorQ05"))} – {G(D(p, "posteriorQ95"))}", G(D(p, "value"))]));
        if (m.TryGetProperty("targets", out var targets))
        {
            var fit = targets.EnumerateArray().Select(t => (S(t, "metric"), D(t, "observed"), D(t, "simulated"), D(t, "scale"))).ToList();
            report.Chart(KadCharts.CalibrationFit(fit, "Calibration fit: simulated vs observed"), "calibration-fit", "Each target's observed value (grey, = 100) and the value simulated at the best fit (blue).", exportDir);
            report.Table(["target", "observed", "simulated", "scale"], fit.Select(f => (IReadOnlyList<string>)[f.Item1, G(f.Item2), G(f.Item3), G(f.Item4)]));
        }
        report.Paragraph($"Distance at the best fit: {G(D(m, "distance"))} (in units of the targets' scales). Seed {m.GetProperty("seed")}, {m.GetProperty("replications")} replications per evaluation, scenario hash {S(m, "scenarioHash")}.", "prov");
        return report;
    }

    private static List<SensitivityRow> ReadSensitivity(string path)
    {
        static double P(string s) => s.Length == 0 ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
        return [.. File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).Select(c =>
            new SensitivityRow(c[0], c[1], P(c[2]), P(c[3]), P(c[4]), P(c[5]), P(c[6]), P(c[7]), P(c[8]), P(c[9]), P(c[10])))];
    }

    private static string S(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : "–";

    private static double D(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;

    private static string G(double v) => !double.IsFinite(v) ? "–" : Math.Abs(v) >= 1e6 ? v.ToString("0.###e0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);
}
