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
        var force = new Option<bool>("--force") { Description = "Replace charts already in the output folder" };
        var cmd = new Command("chart", "Save the ensemble charts of a scenario (status shares, series bands, trust heatmap, case record) as PNG and SVG.")
        {
            scenario, overlay, set, runs, seed, outDir, threads, force,
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
            var spec = loaded.Spec!;
            if (EnsembleGuard.Check(spec, n) is { } tooBig)
            {
                ctx.Error.WriteLine("error: " + tooBig);
                return ExitCodes.BadInput;
            }
            var dir = parse.GetValue(outDir)?.ToString() ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name) + "-charts");
            if (OutputGuard.Folder(dir) is { } bad)
            {
                ctx.Error.WriteLine("error: " + bad);
                return ExitCodes.BadInput;
            }
            if (!parse.GetValue(force) && OutputGuard.HoldsCharts(dir))
            {
                ctx.Error.WriteLine($"error: the folder '{dir}' already holds charts; choose another folder or pass --force to replace them");
                return ExitCodes.BadInput;
            }
            var data = EnsembleData.Run(spec, n, parse.GetValue(seed) ?? (ulong)spec.Seed, parse.GetValue(threads));
            // Drawn into a staging folder, moved into place when all are written: never a half-written chart under its name.
            var staging = OutputGuard.Staging(dir);
            int saved = 0;
            try
            {
                KadCharts.Save(KadCharts.StatusShares(data.Series, data.Calendar, $"{spec.Name}: status across {n} runs"), Path.Combine(staging, "status"));
                saved++;
                foreach (var s in EnsembleReport.BandSeries)
                {
                    KadCharts.Save(KadCharts.EnsembleBand(data.Series, data.Calendar, s, $"{spec.Name}: {KadCharts.SeriesLabel(s).Label}"), Path.Combine(staging, s));
                    saved++;
                }
                KadCharts.Save(KadCharts.TrustHeatmap(data.MemberNames, data.MeanTrust(), $"Trust among members at {spec.End}"), Path.Combine(staging, "trust"));
                saved++;
                if (CaseRecord.For(data) is { Count: > 0 } record)
                {
                    KadCharts.Save(KadCharts.SimulatedVsReported(record, $"{spec.Name}: simulated vs reported"), Path.Combine(staging, "case-record"));
                    saved++;
                }
                OutputGuard.Publish(staging, dir);
            }
            catch
            {
                OutputGuard.Discard(staging);
                throw;
            }
            ctx.Output.WriteLine($"charts: {Path.GetFullPath(dir)} ({saved} charts, PNG and SVG)");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
