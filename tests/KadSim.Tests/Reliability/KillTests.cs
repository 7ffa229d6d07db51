using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using KadSim.Cli;
using KadSim.Tests.Sweeps;

namespace KadSim.Tests.Reliability;

/// <summary>
/// Crash safety (docs/reliability.md): <c>kadsim</c> started as a child process (<c>dotnet kadsim.dll ...</c>) and killed
/// in the middle of its work, with SIGKILL (no chance to clean up) or SIGINT (Ctrl-C). What is left is either nothing
/// or clearly incomplete — files named <c>*.partial</c>, no <c>manifest.json</c>, no <c>_SUCCESS</c> — never a
/// complete-looking file that is not complete; and the same command afterwards finishes the job.
/// </summary>
[Collection(KillTests.Collection)]
public sealed class KillTests : IDisposable
{
    /// <summary>Kill tests run one at a time: each starts a process that keeps the cores busy.</summary>
    public const string Collection = "kill tests";

    private readonly string _dir = Directory.CreateTempSubdirectory("kadsim-kill-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    /// <summary>A scenario that takes seconds to run and write: 2,000 regions in 200 bodies over the whole calendar (1900–2200).</summary>
    private string BigScenario()
    {
        var regions = new JsonArray();
        for (int i = 0; i < 2000; i++) regions.Add(new JsonObject { ["id"] = $"r{i}" });
        var bodies = new JsonArray();
        for (int b = 0; b < 200; b++)
        {
            var members = new JsonArray();
            for (int m = 0; m < 10; m++) members.Add(new JsonObject { ["region"] = $"r{b * 10 + m}" });
            bodies.Add(new JsonObject
            {
                ["id"] = $"b{b}",
                ["founded"] = "1900-01",
                ["dues"] = new JsonArray(new JsonObject { ["from"] = 1900, ["amount"] = 1e8 }),
                ["members"] = members,
            });
        }
        var file = Path.Combine(_dir, "big.json");
        File.WriteAllText(file, new JsonObject { ["name"] = "big", ["start"] = "1900-01", ["end"] = "2200-12", ["regions"] = regions, ["bodies"] = bodies }.ToJsonString());
        return file;
    }

    /// <summary>Starts <c>dotnet kadsim.dll args</c> (the build next to the tests), output drained in the background.</summary>
    private static Process Start(params string[] args)
    {
        var dll = typeof(KadSimCli).Assembly.Location;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "1"; // plain progress lines
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    /// <summary>Waits until <paramref name="ready"/> holds (the work is under way), failing if the process ends first.</summary>
    private static void WaitUntil(Process p, Func<bool> ready, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!ready())
        {
            Assert.False(p.HasExited, $"the process ended (exit {(p.HasExited ? p.ExitCode : 0)}) before {what}: make the work bigger");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"timed out waiting for {what}");
            Thread.Sleep(5);
        }
    }

    private static void Kill(Process p)
    {
        p.Kill(entireProcessTree: true); // SIGKILL
        Assert.True(p.WaitForExit(30_000), "the killed process did not exit");
        Assert.True(p.ExitCode != 0, "the process finished before it could be killed: make the work bigger");
    }

    private static IEnumerable<string> Files(string dir) =>
        Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public void RunKilledMidwayLeavesOnlyPartialFiles()
    {
        var big = BigScenario();
        var outDir = Path.Combine(_dir, "run");
        using var p = Start("run", big, "--out", outDir);
        WaitUntil(p, () => File.Exists(Path.Combine(outDir, "region_ticks.parquet.partial")), "the trace was being written");
        Kill(p);

        var left = Files(outDir).ToList();
        Assert.NotEmpty(left);
        Assert.All(left, f => Assert.EndsWith(".partial", f));
        Assert.False(File.Exists(Path.Combine(outDir, "manifest.json")));

        // The folder is not a completed run, so running into it again needs no --force and clears the remains.
        var (code, _, err) = CliRunner.Kadsim("run", TestScenarios.Shipped("kartamantul.json"), "--out", outDir);
        Assert.True(code == 0, err);
        Assert.DoesNotContain(Files(outDir), f => f.EndsWith(".partial", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(outDir, "manifest.json")));
    }

    [Fact]
    public void RunInterruptedWithCtrlCKeepsNothing()
    {
        var big = BigScenario();
        var outDir = Path.Combine(_dir, "run");
        using var p = Start("run", big, "--out", outDir);
        WaitUntil(p, () => File.Exists(Path.Combine(outDir, "region_ticks.parquet.partial")), "the trace was being written");
        using (var kill = Process.Start("kill", ["-INT", p.Id.ToString(CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(p.WaitForExit(30_000), "the interrupted process did not exit");

        Assert.Equal(ExitCodes.Cancelled, p.ExitCode);
        Assert.Empty(Files(outDir));
    }

    [Fact]
    public void EnsembleKilledMidwayKeepsWholePartsAndResumes()
    {
        const int runs = 2600; // parts of 512 runs with two threads: killed after the first, about a second into two
        var outDir = Path.Combine(_dir, "ensemble");
        var shard = Path.Combine(outDir, "runs", "shard=0");
        string[] args = ["ensemble", TestScenarios.Shipped("barlingmascakeb.json"), "--runs", runs.ToString(CultureInfo.InvariantCulture), "--threads", "2", "--out", outDir];
        using var p = Start(args);
        WaitUntil(p, () => Directory.Exists(shard) && Directory.EnumerateFiles(shard, "*.parquet").Any(), "a part was written");
        Kill(p);

        // Clearly incomplete: no _SUCCESS, no summary; what is there is whole parts, or files named *.partial.
        Assert.False(File.Exists(Path.Combine(shard, "_SUCCESS")));
        Assert.False(File.Exists(Path.Combine(outDir, "summary.csv")));
        var parts = Directory.GetFiles(shard, "*.parquet");
        Assert.All(Files(outDir), f => Assert.True(f.EndsWith(".parquet", StringComparison.Ordinal) || f.EndsWith(".partial", StringComparison.Ordinal) || Path.GetFileName(f) == "sweep.json", $"unexpected {f}"));
        long rows = 0;
        foreach (var part in parts)
        {
            // Every complete-looking part reads back whole: a footer, its rows, each run once.
            var n = Convert.ToInt64(RunRows.Scalar($"SELECT count(*) FROM read_parquet('{part}')"), CultureInfo.InvariantCulture);
            Assert.Equal(n, Convert.ToInt64(RunRows.Scalar($"SELECT count(DISTINCT run) FROM read_parquet('{part}')"), CultureInfo.InvariantCulture));
            rows += n;
        }
        Assert.InRange(rows, 1, runs - 1);

        // The same command finishes the job: every run exactly once.
        var (code, _, err) = CliRunner.Kadsim(args);
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(shard, "_SUCCESS")));
        var glob = Path.Combine(outDir, "runs", "**", "*.parquet");
        Assert.Equal((long)runs, Convert.ToInt64(RunRows.Scalar($"SELECT count(*) FROM read_parquet('{glob}')"), CultureInfo.InvariantCulture));
        Assert.Equal((long)runs, Convert.ToInt64(RunRows.Scalar($"SELECT count(DISTINCT run) FROM read_parquet('{glob}')"), CultureInfo.InvariantCulture));
        Assert.DoesNotContain(Files(outDir), f => f.EndsWith(".partial", StringComparison.Ordinal));
    }
}

[CollectionDefinition(KillTests.Collection)]
public sealed class KillTestsCollection;
