using System.CommandLine;
using System.Globalization;
using KadSim.IO.Experiments;
using KadSim.IO.Output;
using KadSim.IO.Scenarios;
using Spectre.Console;

namespace KadSim.Cli.Commands;

/// <summary><c>kadsim ensemble</c>: replications of one scenario in parallel, a run table and quantiles across runs.</summary>
internal static class EnsembleCommand
{
    /// <summary>Most replications of an ensemble (--runs).</summary>
    public const int MaxRuns = 10_000_000;

    public static Command Create(CliContext ctx)
    {
        var scenario = CommonOptions.Scenario();
        var overlay = CommonOptions.Overlay();
        var set = CommonOptions.Set();
        var runs = new Option<int>("--runs") { Description = "Number of replications", DefaultValueFactory = _ => 100 };
        var seed = new Option<ulong?>("--seed") { Description = "Base seed (default: the scenario's); run r uses (seed, r)" };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Output folder (default: out/<scenario file name>-ensemble)" };
        var traces = new Option<bool>("--traces") { Description = "Also write full traces of every run (traces/point=0/replicate=R/)" };
        var threads = CommonOptions.Threads();
        var force = new Option<bool>("--force") { Description = "Replace results of a different ensemble in the output folder" };
        var cmd = new Command("ensemble", "Run replications of a scenario in parallel; write runs/ (Parquet run table), summary.csv (quantiles across runs) and sweep.json. Rerunning the same command resumes.")
        {
            scenario, overlay, set, runs, seed, outDir, traces, threads, force,
        };
        cmd.SetAction((parse, ct) =>
        {
            int n = parse.GetValue(runs);
            if (n is < 1 or > MaxRuns)
            {
                ctx.Error.WriteLine($"error: --runs {n}: allowed 1..{MaxRuns:N0} (the ensemble limit)");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var file = parse.GetValue(scenario)!;
            var (template, problems) = ScenarioTemplate.Load(file.ToString(), (parse.GetValue(overlay) ?? []).Select(f => f.ToString()), parse.GetValue(set) ?? []);
            if (template is null)
            {
                ScenarioProblemPrinter.Print(ctx.Error, problems);
                return Task.FromResult(ExitCodes.BadInput);
            }
            var plan = LoadedPlan.Single(template, n, parse.GetValue(seed) ?? (ulong)template.Base.Seed, parse.GetValue(traces), template.Base.Name ?? "ensemble");
            var dir = parse.GetValue(outDir)?.ToString() ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name) + "-ensemble");
            if (OutputGuard.Folder(dir) is { } bad)
            {
                ctx.Error.WriteLine("error: " + bad);
                return Task.FromResult(ExitCodes.BadInput);
            }
            try
            {
                SweepConsole.Run(ctx, $"{template.Base.Name}: {n} runs", plan, dir, new SweepOptions { MaxThreads = parse.GetValue(threads), Force = parse.GetValue(force) }, ct);
            }
            catch (OutputExistsException e)
            {
                ctx.Error.WriteLine("error: " + e.Message);
                return Task.FromResult(ExitCodes.BadInput);
            }
            catch (InvalidDataException e)
            {
                ctx.Error.WriteLine("error: " + e.Message);
                return Task.FromResult(ExitCodes.BadInput);
            }
            catch (OperationCanceledException)
            {
                ctx.Error.WriteLine("cancelled: completed runs are kept; run the same command again to resume");
                return Task.FromResult(ExitCodes.Cancelled);
            }
            var summary = EnsembleSummary.Of(Path.Combine(dir, "runs"));
            EnsembleSummary.WriteCsv(Path.Combine(dir, "summary.csv"), summary);
            Print(ctx, $"{template.Base.Name} — {n} runs, seed {plan.Seed}", summary);
            ctx.Output.WriteLine($"outputs: {dir} (runs/shard=0/*.parquet, summary.csv, sweep.json)");
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }

    internal static void Print(CliContext ctx, string title, IReadOnlyList<EnsembleSummary> rows)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn("metric").AddColumn(new TableColumn("runs").RightAligned())
            .AddColumn(new TableColumn("mean").RightAligned()).AddColumn(new TableColumn("5%").RightAligned())
            .AddColumn(new TableColumn("median").RightAligned()).AddColumn(new TableColumn("95%").RightAligned());
        foreach (var r in rows)
            table.AddRow(r.Metric, r.Runs.ToString(CultureInfo.InvariantCulture), F(r.Mean), F(r.Q05), F(r.Median), F(r.Q95));
        ctx.Console.Write(table);
    }

    private static string F(double v) => !double.IsFinite(v) ? "–" : Math.Abs(v) >= 1e6 ? v.ToString("0.###e0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);
}
