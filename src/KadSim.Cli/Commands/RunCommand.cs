using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KadSim.IO.Output;
using KadSim.IO.Scenarios;
using KadSim.Observation;
using Spectre.Console;

namespace KadSim.Cli.Commands;

/// <summary><c>kadsim run</c>: one run of a scenario, traces written as Parquet to an output folder.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext ctx)
    {
        var scenario = CommonOptions.Scenario();
        var overlay = CommonOptions.Overlay();
        var set = CommonOptions.Set();
        var seed = new Option<ulong?>("--seed") { Description = "Random seed (default: the scenario's seed). Same scenario + seed ⇒ identical output." };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Output folder (default: out/<scenario file name>)" };
        var force = new Option<bool>("--force") { Description = "Replace a completed run already in the output folder" };
        var cmd = new Command("run", "Run a scenario once and write Parquet traces (region_ticks, body_ticks, events) and manifest.json.")
        {
            scenario, overlay, set, seed, outDir, force,
        };
        cmd.SetAction((parse, cancel) =>
        {
            var file = parse.GetValue(scenario)!;
            var overlays = (parse.GetValue(overlay) ?? []).Select(f => f.ToString()).ToList();
            var sets = (parse.GetValue(set) ?? []).ToList();
            var loaded = ScenarioLoader.Load(file.ToString(), overlays, sets);
            if (!loaded.Ok)
            {
                ScenarioProblemPrinter.Print(ctx.Error, loaded.Problems);
                return Task.FromResult(ExitCodes.BadInput);
            }
            var spec = loaded.Spec!;
            var dir = parse.GetValue(outDir)?.ToString() ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name));
            if (OutputGuard.Folder(dir) is { } bad)
            {
                ctx.Error.WriteLine("error: " + bad);
                return Task.FromResult(ExitCodes.BadInput);
            }
            var request = new RunRequest
            {
                Seed = parse.GetValue(seed),
                Force = parse.GetValue(force),
                ScenarioFiles = [file.ToString(), .. overlays],
                Overrides = sets,
            };
            int months = spec.Start!.Value.MonthsUntil(spec.End!.Value) + 1;
            var clock = Stopwatch.StartNew();
            RunResult result;
            try
            {
                result = ctx.Interactive
                    ? ctx.Console.Progress().AutoClear(true).Start(p =>
                    {
                        var task = p.AddTask($"{spec.Name}", maxValue: months);
                        return TraceRun.Run(spec, dir, request, new Progress<int>(t => task.Value = t + 1), cancel);
                    })
                    : TraceRun.Run(spec, dir, request, new PlainProgress(ctx.Error, months, clock), cancel);
            }
            catch (OutputExistsException e)
            {
                ctx.Error.WriteLine("error: " + e.Message);
                return Task.FromResult(ExitCodes.BadInput);
            }
            catch (OperationCanceledException)
            {
                ctx.Error.WriteLine("cancelled: no output was kept");
                return Task.FromResult(ExitCodes.Cancelled);
            }
            Report(ctx, spec.Name!, result, clock.Elapsed);
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }

    private static void Report(CliContext ctx, string name, RunResult result, TimeSpan elapsed)
    {
        var s = result.Summary;
        var table = new Table().Title($"{Markup.Escape(name)} — seed {s.Seed}, {s.Ticks} months, {elapsed.TotalSeconds:F2} s")
            .AddColumn("body").AddColumn("final status").AddColumn("months active").AddColumn("dormant from")
            .AddColumn(new TableColumn("dues collected (Rp juta)").RightAligned()).AddColumn(new TableColumn("grants (Rp juta)").RightAligned())
            .AddColumn("meetings held/failed").AddColumn("highest stage")
            .AddColumn(new TableColumn("auctions (Rp milyar)").RightAligned()).AddColumn(new TableColumn("benefits (Rp milyar)").RightAligned());
        foreach (var b in s.Bodies)
            table.AddRow(Markup.Escape(b.Body), b.FinalStatus.ToString().ToLowerInvariant(), b.MonthsActive.ToString(CultureInfo.InvariantCulture),
                b.DormantYear is { } y ? $"{y}-{b.DormantMonth:D2}" : "never",
                (b.DuesCollected / 1e6).ToString("N0", CultureInfo.InvariantCulture), (b.GrantsReceived / 1e6).ToString("N0", CultureInfo.InvariantCulture),
                $"{b.MeetingsHeld}/{b.MeetingsFailed}", b.HighestStage.ToString().ToLowerInvariant(),
                b.AuctionsHeld == 0 ? "–" : $"{b.AuctionsHeld}: {(b.AuctionValue / 1e9).ToString("N0", CultureInfo.InvariantCulture)}",
                (b.BenefitsDelivered / 1e9).ToString("N1", CultureInfo.InvariantCulture));
        ctx.Console.Write(table);
        ctx.Output.WriteLine($"outputs: {result.OutDir} (region_ticks.parquet, body_ticks.parquet, events.parquet, manifest.json)");
    }

    /// <summary>Progress for logs and CI: a line per 10% once a run has taken more than two seconds.</summary>
    private sealed class PlainProgress(TextWriter error, int months, Stopwatch clock) : IProgress<int>
    {
        private int _lastDecile;

        public void Report(int tick)
        {
            int decile = (tick + 1) * 10 / months;
            if (decile == _lastDecile || clock.Elapsed < TimeSpan.FromSeconds(2)) return;
            _lastDecile = decile;
            error.WriteLine($"progress: {decile * 10}% ({tick + 1}/{months} months, {clock.Elapsed.TotalSeconds:F0} s)");
        }
    }
}
