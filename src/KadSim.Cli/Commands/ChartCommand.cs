using System.CommandLine;
using KadSim.Charts;
using KadSim.Charts.Reports;
using KadSim.IO.Scenarios;

namespace KadSim.Cli.Commands;

/// <summary><c>kadsim chart</c>: the ensemble charts of a scenario as PNG and SVG files.</summary>
internal static class ChartCommand
{
    public static Command Create(CliContext ctx)
    {
        var scenario = CommonOptions.Scenario();
        var overlay = CommonOptions.Overlay();
        var set = CommonOptions.Set();
        var runs = new Option<int>("--runs") { Description = "Runs in the ensemble", DefaultValueFactory = _ => 200 };
        var seed = new Option<ulong?>("--seed") { Description = "Base seed (default: the scenario's)" };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Folder for the charts (default: out/<scenario file name>-charts)" };
        var threads = CommonOptions.Threads();
        var cmd = new Command("chart", "Save the ensemble charts of a scenario (status shares, series bands, trust heatmap, case record) as PNG and SVG.")
        {
            scenario, overlay, set, runs, seed, outDir, threads,
        };
        cmd.SetAction(parse =>
        {
            var file = parse.GetValue(scenario)!;
            var loaded = ScenarioLoader.Load(file.ToString(), (parse.GetValue(overlay) ?? []).Select(f => f.ToString()), parse.GetValue(set) ?? []);
            if (!loaded.Ok)
            {
                ScenarioProblemPrinter.Print(ctx.Error, loaded.Problems);
                return ExitCodes.BadInput;
            }
            int n = parse.GetValue(runs);
            if (n is < 1 or > 100_000)
            {
                ctx.Error.WriteLine($"error: --runs {n}: allowed 1..100,000");
                return ExitCodes.BadInput;
            }
            var spec = loaded.Spec!;
            var data = EnsembleData.Run(spec, n, parse.GetValue(seed) ?? (ulong)spec.Seed, parse.GetValue(threads));
            var dir = parse.GetValue(outDir)?.ToString() ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name) + "-charts");
            var saved = new List<string>
            {
                KadCharts.Save(KadCharts.StatusShares(data.Series, data.Calendar, $"{spec.Name}: status across {n} runs"), Path.Combine(dir, "status")),
            };
            foreach (var s in EnsembleReport.BandSeries)
                saved.Add(KadCharts.Save(KadCharts.EnsembleBand(data.Series, data.Calendar, s, $"{spec.Name}: {KadCharts.SeriesLabel(s).Label}"), Path.Combine(dir, s)));
            saved.Add(KadCharts.Save(KadCharts.TrustHeatmap(data.MemberNames, data.MeanTrust(), $"Trust among members at {spec.End}"), Path.Combine(dir, "trust")));
            if (CaseRecord.For(data) is { Count: > 0 } record)
                saved.Add(KadCharts.Save(KadCharts.SimulatedVsReported(record, $"{spec.Name}: simulated vs reported"), Path.Combine(dir, "case-record")));
            ctx.Output.WriteLine($"charts: {Path.GetFullPath(dir)} ({saved.Count} charts, PNG and SVG)");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
