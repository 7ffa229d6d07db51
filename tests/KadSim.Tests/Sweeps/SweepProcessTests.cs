using System.Diagnostics;
using System.Text;

namespace KadSim.Tests.Sweeps;

/// <summary>The real kadsim process (the kadsim.dll built next to the tests): killed mid-sweep and rerun; Slurm array variables.</summary>
public class SweepProcessTests : SweepTestBase
{
    private static string KadsimDll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "kadsim.dll");
            Assert.True(File.Exists(dll), $"kadsim.dll not found next to the test assembly ({AppContext.BaseDirectory})");
            return dll;
        }
    }

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";

    private sealed class Child : IDisposable
    {
        private readonly StringBuilder _out = new(), _err = new();
        public Process Process { get; }

        public Child(IEnumerable<string> args, IDictionary<string, string?>? env = null)
        {
            var psi = new ProcessStartInfo(DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add(KadsimDll);
            foreach (var a in args) psi.ArgumentList.Add(a);
            foreach (var name in new[] { "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_COUNT" }) psi.Environment.Remove(name);
            foreach (var (k, v) in env ?? new Dictionary<string, string?>()) psi.Environment[k] = v;
            Process = new Process { StartInfo = psi };
            Process.OutputDataReceived += (_, e) => { lock (_out) _out.AppendLine(e.Data); };
            Process.ErrorDataReceived += (_, e) => { lock (_err) _err.AppendLine(e.Data); };
            Process.Start();
            Process.BeginOutputReadLine();
            Process.BeginErrorReadLine();
        }

        public string Out { get { lock (_out) return _out.ToString(); } }
        public string Err { get { lock (_err) return _err.ToString(); } }

        public int Wait(TimeSpan timeout)
        {
            if (!Process.WaitForExit(timeout))
            {
                Process.Kill(entireProcessTree: true);
                Assert.Fail($"kadsim did not finish in {timeout}:\n{Err}");
            }
            Process.WaitForExit(); // flush the output events
            return Process.ExitCode;
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
    }

    [Fact]
    public void KilledSweepLeavesOnlyCompletePartsAndRerunCompletesEachRunOnce()
    {
        const int points = 8, replications = 250, runs = points * replications; // 8 part files of 256 runs with one thread
        var plan = WritePlan("plan.json", Plans.Lhs(points, replications));
        var outDir = Path.Combine(Dir, "killed");
        var shardDir = Path.Combine(outDir, "runs", "shard=0");
        string[] args = ["sweep", plan, "--out", outDir, "--threads", "1"];

        var clock = Stopwatch.StartNew();
        using (var child = new Child(args))
        {
            while (!(Directory.Exists(shardDir) && Directory.EnumerateFiles(shardDir, "part-*.parquet").Any()))
            {
                if (child.Process.HasExited) Assert.Fail($"kadsim exited ({child.Process.ExitCode}) before writing a part file:\n{child.Err}");
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "no part file after 60 s");
                Thread.Sleep(5);
            }
            Assert.False(child.Process.HasExited, "the sweep finished before it could be killed: make the plan bigger");
            child.Process.Kill(entireProcessTree: true);
            child.Process.WaitForExit();
        }
        var killedAfter = clock.Elapsed;

        // Only complete part files carry the .parquet name; a batch in flight may leave a *.partial, never a *.parquet.
        Assert.False(File.Exists(Path.Combine(shardDir, "_SUCCESS")));
        var files = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outDir, f)).ToList();
        Assert.All(files.Where(f => f.Contains(".partial", StringComparison.Ordinal)), f => Assert.EndsWith(".partial", f));
        var parts = files.Where(f => f.EndsWith(".parquet", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(parts);
        Assert.All(parts, f => Assert.Matches(@"^runs[/\\]shard=0[/\\]part-\d{10}\.parquet$", f));
        var before = RunRows.Read(Path.Combine(outDir, "runs")); // every part is a complete Parquet file
        Assert.InRange(before.Count, 256, runs - 1);
        Assert.Equal(before.Count, before.Longs("run").Distinct().Count());
        Assert.Equal(0, before.Count % 256); // whole batches only

        using (var rerun = new Child(args))
        {
            int code = rerun.Wait(TimeSpan.FromSeconds(90));
            Assert.True(code == 0, $"rerun exited {code}:\n{rerun.Err}");
            Assert.Contains($"{runs - before.Count:N0} runs to do ({before.Count:N0} already done, resuming)", rerun.Err);
            Assert.Contains($"({runs - before.Count:N0} run now, {before.Count:N0} found done)", rerun.Out);
        }

        var after = RunRows.Read(Path.Combine(outDir, "runs"));
        Assert.Equal(Enumerable.Range(0, runs).Select(i => (long)i), after.Longs("run")); // every run exactly once
        Assert.Equal(before.Lines("shard"), after.Lines("shard").Take(before.Count)); // the kept parts are untouched... and match
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.partial", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(shardDir, "_SUCCESS")));
        KadsimOk("merge", outDir);
        Assert.Equal(runs, RunRows.Read(Path.Combine(outDir, "runs.parquet")).Count);
        Assert.True(killedAfter < TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void SlurmArrayVariablesChooseTheShard()
    {
        var plan = WritePlan("plan.json", Plans.Lhs(3, 4));
        var outDir = Path.Combine(Dir, "slurm");
        // array 3-5: task 4 is shard 1 of 3
        using var child = new Child(["sweep", plan, "--out", outDir, "--threads", "1"],
            new Dictionary<string, string?> { ["SLURM_ARRAY_TASK_ID"] = "4", ["SLURM_ARRAY_TASK_MIN"] = "3", ["SLURM_ARRAY_TASK_COUNT"] = "3" });
        int code = child.Wait(TimeSpan.FromSeconds(60));
        Assert.True(code == 0, child.Err);
        Assert.Contains("kadsim merge", child.Out);
        Assert.Equal(["shard=1"], Directory.EnumerateDirectories(Path.Combine(outDir, "runs")).Select(Path.GetFileName));
        var rows = RunRows.Read(Path.Combine(outDir, "runs"));
        Assert.Equal([1L, 4L, 7L, 10L], rows.Longs("run"));
    }
}
