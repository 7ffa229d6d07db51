using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KadSim.IO.Experiments.Calibration;
using KadSim.Scenario;
using Spectre.Console;

namespace KadSim.Cli.Commands;

/// <summary>
/// <c>kadsim calibrate</c>: fits scenario parameters to observed targets — ABC rejection from uniform priors
/// (Latin hypercube), then Nelder–Mead from the best sample — with common random numbers across evaluations.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(CliContext ctx)
    {
        var fileArg = new Argument<FileInfo>("calibration") { Description = "Calibration file (JSON), e.g. scenarios/calibration/barlingmascakeb.json" };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Output folder (default: out/<calibration file name>)" };
        var threads = CommonOptions.Threads();
        var force = new Option<bool>("--force") { Description = "Replace the results of a calibration already in the output folder" };
        var cmd = new Command("calibrate", "Fit scenario parameters to observed targets: ABC rejection sampling from uniform priors, then Nelder–Mead from the best sample. Writes abc_samples.csv, posterior.csv and fit.json.")
        {
            fileArg, outDir, threads, force,
        };
        cmd.SetAction((parse, ct) =>
        {
            var file = parse.GetValue(fileArg)!;
            var (cal, problems) = CalibrationLoader.Load(file.ToString());
            if (cal is null)
            {
                ScenarioProblemPrinter.Print(ctx.Error, problems, "calibration");
                return Task.FromResult(ExitCodes.BadInput);
            }
            int? nThreads = parse.GetValue(threads);
            if (nThreads is < 1)
            {
                ctx.Error.WriteLine($"error: --threads {nThreads}: need at least 1");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var dir = parse.GetValue(outDir)?.ToString() ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name));
            // Before any run: a finished calibration is not replaced without --force.
            if (OutputGuard.Folder(dir) is { } bad)
            {
                ctx.Error.WriteLine("error: " + bad);
                return Task.FromResult(ExitCodes.BadInput);
            }
            if (!parse.GetValue(force) && OutputGuard.Holds(dir, CalibrationOutputs.FitName, CalibrationOutputs.SamplesName, CalibrationOutputs.PosteriorName))
            {
                ctx.Error.WriteLine($"error: the folder '{dir}' already contains the results of a calibration ({CalibrationOutputs.FitName}); choose another folder or pass --force to replace them");
                return Task.FromResult(ExitCodes.BadInput);
            }
            CalibrationResult result;
            var clock = Stopwatch.StartNew();
            try
            {
                result = Run(ctx, cal, new CalibrationOptions { MaxThreads = nThreads }, ct);
            }
            catch (ScenarioException e)
            {
                ScenarioProblemPrinter.Print(ctx.Error, e.Problems, "scenario at a sampled parameter vector");
                return Task.FromResult(ExitCodes.BadInput);
            }
            catch (OperationCanceledException)
            {
                ctx.Error.WriteLine("cancelled: no outputs written");
                return Task.FromResult(ExitCodes.Cancelled);
            }
            CalibrationOutputs.Write(result, dir);
            Print(ctx, result);
            ctx.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {clock.Elapsed.TotalSeconds:F1} s; outputs: {dir} ({CalibrationOutputs.SamplesName}, {CalibrationOutputs.PosteriorName}, {CalibrationOutputs.FitName})"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }

    private static CalibrationResult Run(CliContext ctx, LoadedCalibration cal, CalibrationOptions options, CancellationToken ct)
    {
        var c = cal.Calibration;
        var title = c.Name ?? Path.GetFileName(cal.File);
        if (ctx.Interactive)
        {
            return ctx.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(p =>
                {
                    var abc = p.AddTask(Markup.Escape($"ABC: {c.Abc.Samples} samples × {c.Replications} runs"), maxValue: c.Abc.Samples);
                    var opt = p.AddTask(Markup.Escape($"{c.Optimizer.Method}"), autoStart: false, maxValue: c.Optimizer.MaxIterations);
                    var progress = new SyncProgress(s =>
                    {
                        var task = s.Phase == CalibrationPhase.Abc ? abc : opt;
                        if (s.Phase == CalibrationPhase.Optimizer && !task.IsStarted) task.StartTask();
                        task.MaxValue = Math.Max(1, Math.Max(s.Total, s.Done));
                        task.Value = s.Finished ? task.MaxValue : s.Done;
                        if (double.IsFinite(s.BestDistance))
                            task.Description = Markup.Escape((s.Phase == CalibrationPhase.Abc ? $"ABC: {c.Abc.Samples} samples × {c.Replications} runs" : $"{c.Optimizer.Method}") + $", best distance {D(s.BestDistance)}");
                    });
                    return CalibrationRunner.Run(cal, options with { Progress = progress }, ct);
                });
        }
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var plain = new SyncProgress(s =>
        {
            var phase = s.Phase == CalibrationPhase.Abc ? "abc" : "optimizer";
            if (s.Done == 0 && !s.Finished)
            {
                ctx.Error.WriteLine(s.Phase == CalibrationPhase.Abc
                    ? $"{title}: ABC with {s.Total:N0} samples × {c.Replications:N0} replications ({(long)s.Total * c.Replications:N0} runs), accepting {cal.Accepted:N0}"
                    : $"{title}: {c.Optimizer.Method} from the best ABC sample (distance {D(s.BestDistance)}), at most {s.Total:N0} evaluations × {c.Replications:N0} replications");
                last = clock.Elapsed;
                return;
            }
            if (!s.Finished && clock.Elapsed - last < TimeSpan.FromSeconds(5)) return;
            last = clock.Elapsed;
            var unit = s.Phase == CalibrationPhase.Abc ? "samples" : "evaluations";
            ctx.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{phase}: {s.Done:N0}{(s.Finished && s.Phase == CalibrationPhase.Optimizer ? "" : $"/{s.Total:N0}")} {unit}{(s.Finished ? " done" : "")}, best distance {D(s.BestDistance)}, {clock.Elapsed.TotalSeconds:F1} s"));
        });
        return CalibrationRunner.Run(cal, options with { Progress = plain }, ct);
    }

    internal static void Print(CliContext ctx, CalibrationResult result)
    {
        var fit = result.Fit;
        var pars = new Table().Title(Markup.Escape($"{result.Calibration.Calibration.Name ?? Path.GetFileName(result.Calibration.File)} — parameters"))
            .AddColumn("parameter").AddColumn(new TableColumn("prior").RightAligned())
            .AddColumn(new TableColumn("posterior mean").RightAligned()).AddColumn(new TableColumn("5%").RightAligned())
            .AddColumn(new TableColumn("95%").RightAligned()).AddColumn(new TableColumn("fitted").RightAligned());
        for (int k = 0; k < result.Posterior.Count; k++)
        {
            var p = result.Posterior[k];
            pars.AddRow(Markup.Escape(p.Name), $"{F(p.Min)} – {F(p.Max)}", F(p.Mean), F(p.Q05), F(p.Q95), F(fit.Values[k]));
        }
        ctx.Console.Write(pars);
        var targets = new Table().Title(Markup.Escape($"fit: distance {D(fit.Distance)} (best ABC sample {D(fit.AbcBestDistance)}; {fit.Method}: {fit.Evaluations} evaluations, {fit.Exit})"))
            .AddColumn("target").AddColumn(new TableColumn("observed").RightAligned()).AddColumn(new TableColumn("simulated").RightAligned())
            .AddColumn(new TableColumn("scale").RightAligned()).AddColumn(new TableColumn("(sim − obs)/scale").RightAligned()).AddColumn(new TableColumn("runs").RightAligned());
        foreach (var t in fit.Targets)
            targets.AddRow(Markup.Escape($"{t.Statistic.ToString().ToLowerInvariant()} {t.Metric}"), F(t.Observed), F(t.Simulated), F(t.Scale),
                double.IsFinite(t.Residual) ? t.Residual.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "–",
                t.RunsWithValue.ToString(CultureInfo.InvariantCulture));
        ctx.Console.Write(targets);
    }

    private static string D(double v) => double.IsFinite(v) ? v.ToString("0.###", CultureInfo.InvariantCulture) : "–";

    private static string F(double v) => !double.IsFinite(v) ? "–" : Math.Abs(v) >= 1e6 ? v.ToString("0.###e0", CultureInfo.InvariantCulture) : v.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SyncProgress(Action<CalibrationProgress> report) : IProgress<CalibrationProgress>
    {
        public void Report(CalibrationProgress value) => report(value);
    }
}
