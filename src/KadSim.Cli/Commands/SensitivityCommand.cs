using System.CommandLine;
using System.Globalization;
using KadSim.IO.Experiments;
using KadSim.IO.Output;
using Spectre.Console;

namespace KadSim.Cli.Commands;

/// <summary>
/// <c>kadsim sensitivity</c>: which factors matter? Sobol first- and total-order indices with bootstrap
/// confidence intervals (Saltelli design), or Morris elementary effects, over a plan's parameters.
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create(CliContext ctx)
    {
        var planArg = new Argument<FileInfo>("plan") { Description = "Plan (JSON) naming the scenario, the parameters' ranges and the replications per point; its design is ignored" };
        var method = new Option<SensitivityMethod>("--method") { Description = "Sobol (variance-based, N·(d+2) points) or Morris (screening, r·(d+1) points)", DefaultValueFactory = _ => SensitivityMethod.Sobol };
        var n = new Option<int>("-n", "--samples") { Description = "Sobol: base sample size N; Morris: number of trajectories r", DefaultValueFactory = _ => 256 };
        var metric = new Option<string[]>("--metric") { Description = "Outcome metric(s) to analyse (repeatable); default: years_active, dues_collected, auction_value, final_mean_trust", Arity = ArgumentArity.ZeroOrMore };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Output folder (default: out/<plan file name>-<method>)" };
        var threads = CommonOptions.Threads();
        var force = new Option<bool>("--force") { Description = "Replace results of a different analysis in the output folder" };
        var cmd = new Command("sensitivity", "Global sensitivity analysis of a plan's parameters: Sobol indices with bootstrap CIs or Morris elementary effects; writes sensitivity.csv and the run table. Rerunning resumes.")
        {
            planArg, method, n, metric, outDir, threads, force,
        };
        cmd.SetAction((parse, ct) =>
        {
            var file = parse.GetValue(planArg)!;
            var (plan, problems) = PlanLoader.Load(file.ToString());
            if (plan is null)
            {
                ScenarioProblemPrinter.Print(ctx.Error, problems, "plan");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var m = parse.GetValue(method);
            int size = parse.GetValue(n);
            var metrics = parse.GetValue(metric) is { Length: > 0 } given ? given : ["years_active", "dues_collected", "auction_value", "final_mean_trust"];
            var unknown = metrics.Where(x => !RunTable.Metrics.Contains(x)).ToList();
            if (unknown.Count > 0)
            {
                ctx.Error.WriteLine($"error: unknown metric {string.Join(", ", unknown)}; allowed: {string.Join(", ", RunTable.Metrics)}");
                return Task.FromResult(ExitCodes.BadInput);
            }
            if (size is < 2 or > SweepPlan.MaxPoints)
            {
                ctx.Error.WriteLine($"error: --samples {size}: allowed 2..{SweepPlan.MaxPoints:N0} (SweepPlan.MaxPoints)");
                return Task.FromResult(ExitCodes.BadInput);
            }
            LoadedPlan design;
            object estimator;
            try
            {
                (design, estimator) = SensitivityRunner.Design(plan, m, size, plan.Seed);
            }
            catch (ArgumentException e)
            {
                ctx.Error.WriteLine($"error: {file}: {e.Message}");
                return Task.FromResult(ExitCodes.BadInput);
            }
            if (design.Runs > SweepPlan.MaxRuns)
            {
                ctx.Error.WriteLine($"error: {design.Points.Count:N0} points × {design.Replications} replications exceeds the limit of {SweepPlan.MaxRuns:N0} runs; lower --samples or the plan's replications");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var dir = parse.GetValue(outDir)?.ToString() ?? Path.Combine("out", $"{Path.GetFileNameWithoutExtension(file.Name)}-{m.ToString().ToLowerInvariant()}");
            if (OutputGuard.Folder(dir) is { } bad)
            {
                ctx.Error.WriteLine("error: " + bad);
                return Task.FromResult(ExitCodes.BadInput);
            }
            try
            {
                SweepConsole.Run(ctx, $"{m} analysis: {design.Points.Count:N0} points × {design.Replications} replications", design, dir,
                    new SweepOptions { MaxThreads = parse.GetValue(threads), Force = parse.GetValue(force) }, ct);
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
            var rows = SensitivityRunner.Estimate(design, estimator, Path.Combine(dir, "runs"), metrics, plan.Seed);
            SensitivityRunner.WriteCsv(Path.Combine(dir, SensitivityRunner.ResultName), rows);
            Print(ctx, m, rows);
            ctx.Output.WriteLine($"outputs: {dir} ({SensitivityRunner.ResultName}, runs/, sweep.json)");
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }

    private static void Print(CliContext ctx, SensitivityMethod method, IReadOnlyList<SensitivityRow> rows)
    {
        static string F(double v) => double.IsFinite(v) ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";
        foreach (var group in rows.GroupBy(r => r.Metric))
        {
            var table = new Table().Title(Markup.Escape($"{method} — {group.Key}")).AddColumn("parameter");
            if (method == SensitivityMethod.Sobol)
            {
                table.AddColumn(new TableColumn("S1").RightAligned()).AddColumn(new TableColumn("S1 95% CI").RightAligned())
                    .AddColumn(new TableColumn("ST").RightAligned()).AddColumn(new TableColumn("ST 95% CI").RightAligned());
                foreach (var r in group.OrderByDescending(r => r.ST))
                    table.AddRow(Markup.Escape(r.Parameter), F(r.S1), Markup.Escape($"[{F(r.S1Low)}, {F(r.S1High)}]"), F(r.ST), Markup.Escape($"[{F(r.STLow)}, {F(r.STHigh)}]"));
            }
            else
            {
                table.AddColumn(new TableColumn("μ*").RightAligned()).AddColumn(new TableColumn("μ").RightAligned()).AddColumn(new TableColumn("σ").RightAligned());
                foreach (var r in group.OrderByDescending(r => r.MuStar))
                    table.AddRow(Markup.Escape(r.Parameter), G(r.MuStar), G(r.Mu), G(r.Sigma));
            }
            ctx.Console.Write(table);
        }
    }

    private static string G(double v) => !double.IsFinite(v) ? "–" : Math.Abs(v) >= 1e6 ? v.ToString("0.###e0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);
}
