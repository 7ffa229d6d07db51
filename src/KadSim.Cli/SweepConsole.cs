using System.Diagnostics;
using KadSim.IO.Experiments;
using Spectre.Console;

namespace KadSim.Cli;

/// <summary>Runs a sweep with progress and ETA: a Spectre progress bar on a terminal, plain lines in logs.</summary>
internal static class SweepConsole
{
    public static SweepResult Run(CliContext ctx, string title, LoadedPlan plan, string outDir, SweepOptions options, CancellationToken ct)
    {
        if (ctx.Interactive)
        {
            return ctx.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(p =>
                {
                    var task = p.AddTask(Markup.Escape(title), maxValue: 1);
                    var progress = new Progress<SweepProgress>(s => { task.MaxValue = Math.Max(1, s.Total); task.Value = s.Done; });
                    return SweepRunner.Run(plan, outDir, options with { Progress = progress }, ct);
                });
        }
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var plain = new SyncProgress(s =>
        {
            if (s.Done == 0)
            {
                ctx.Error.WriteLine($"{title}: {s.Total:N0} runs to do" + (s.Resumed > 0 ? $" ({s.Resumed:N0} already done, resuming)" : ""));
                return;
            }
            if (clock.Elapsed - last < TimeSpan.FromSeconds(5) && s.Done < s.Total) return;
            last = clock.Elapsed;
            double rate = s.Done / Math.Max(1e-9, clock.Elapsed.TotalSeconds);
            var eta = TimeSpan.FromSeconds((s.Total - s.Done) / Math.Max(1e-9, rate));
            ctx.Error.WriteLine($"progress: {s.Done:N0}/{s.Total:N0} runs ({100.0 * s.Done / Math.Max(1, s.Total):F0}%), {rate:N0} runs/s, ETA {eta:hh\\:mm\\:ss}");
        });
        return SweepRunner.Run(plan, outDir, options with { Progress = plain }, ct);
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SyncProgress(Action<SweepProgress> report) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => report(value);
    }
}
