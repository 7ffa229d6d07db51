using KadSim.IO.Experiments;

namespace KadSim.Tests.Sweeps;

/// <summary>An interrupted sweep keeps its complete part files; rerunning it runs only what is missing.</summary>
public class SweepResumeTests : SweepTestBase
{
    private const int Points = 6, Replications = 8, Runs = Points * Replications;

    /// <summary>Reports on the caller's thread, so the cancel happens before the next batch starts.</summary>
    private sealed class SyncProgress(Action<SweepProgress> report) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => report(value);
    }

    private LoadedPlan Load(string path)
    {
        var (plan, problems) = PlanLoader.Load(path);
        Assert.True(plan is not null, string.Join("\n", problems));
        return plan;
    }

    [Fact]
    public void CancelledSweepResumesWithoutDuplicates()
    {
        var planFile = WritePlan("plan.json", Plans.Lhs(Points, Replications));
        var outDir = Path.Combine(Dir, "resumed");
        var shardDir = Path.Combine(outDir, "runs", "shard=0");

        using var cts = new CancellationTokenSource();
        var first = new SyncProgress(p => { if (p.Done > 0) cts.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            SweepRunner.Run(Load(planFile), outDir, new SweepOptions { BatchSize = 7, MaxThreads = 2, Progress = first }, cts.Token));
        Assert.Equal(["part-0000000000.parquet"], Directory.EnumerateFiles(shardDir).Select(Path.GetFileName));
        Assert.Equal(7, RunRows.Read(Path.Combine(outDir, "runs")).Count);
        Assert.False(File.Exists(Path.Combine(shardDir, "_SUCCESS")));

        var reports = new List<SweepProgress>();
        var result = SweepRunner.Run(Load(planFile), outDir, new SweepOptions { BatchSize = 7, MaxThreads = 2, Progress = new SyncProgress(reports.Add) });
        Assert.Equal(7, result.Resumed);
        Assert.Equal(Runs - 7, result.Ran);
        Assert.Equal(Runs, result.ShardRuns);
        Assert.Equal(new SweepProgress(0, Runs - 7, 7), reports[0]);
        Assert.Equal(Runs - 7, reports[^1].Done);
        Assert.True(File.Exists(Path.Combine(shardDir, "_SUCCESS")));
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.partial", SearchOption.AllDirectories));

        var rows = RunRows.Read(Path.Combine(outDir, "runs"));
        Assert.Equal(Enumerable.Range(0, Runs).Select(i => (long)i), rows.Longs("run")); // each run exactly once

        // identical to a sweep that was never interrupted
        var fresh = Path.Combine(Dir, "fresh");
        SweepRunner.Run(Load(planFile), fresh, new SweepOptions { MaxThreads = 1 });
        Assert.Equal(RunRows.Read(Path.Combine(fresh, "runs")).Lines("shard"), rows.Lines("shard"));

        // a third run finds everything done
        var again = SweepRunner.Run(Load(planFile), outDir, new SweepOptions());
        Assert.Equal(0, again.Ran);
        Assert.Equal(Runs, again.Resumed);
    }

    [Fact]
    public void RerunOfTheSameCommandReportsEverythingDone()
    {
        var planFile = WritePlan("plan.json", Plans.Lhs(Points, Replications));
        var outDir = Path.Combine(Dir, "cli");
        KadsimOk("sweep", planFile, "--out", outDir);
        var parts = Directory.EnumerateFiles(outDir, "*.parquet", SearchOption.AllDirectories).Order().ToList();
        var (stdout, stderr) = KadsimOk("sweep", planFile, "--out", outDir);
        Assert.Contains($"({Runs} already done, resuming)", stderr);
        Assert.Contains($"done: {Runs} runs in this shard (0 run now, {Runs} found done)", stdout);
        Assert.Equal(parts, Directory.EnumerateFiles(outDir, "*.parquet", SearchOption.AllDirectories).Order());
        Assert.Equal(Runs, RunRows.Read(Path.Combine(outDir, "runs")).Count);
    }
}
