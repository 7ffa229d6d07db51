namespace KadSim.Tests.Sweeps;

/// <summary>Run r uses keyed randomness (seed, r): reruns, thread counts and shard splits give the same rows.</summary>
public class SweepDeterminismTests : SweepTestBase
{
    private const int Points = 6, Replications = 5, Runs = Points * Replications;

    private string Plan() => WritePlan("plan.json", Plans.Lhs(Points, Replications));

    private List<string> SweepLines(string plan, string name, params string[] extra)
    {
        var outDir = Path.Combine(Dir, name);
        KadsimOk(["sweep", plan, "--out", outDir, .. extra]);
        return RunRows.Read(Path.Combine(outDir, "runs")).Lines("shard");
    }

    [Fact]
    public void SamePlanTwiceGivesIdenticalRows()
    {
        var plan = Plan();
        var a = SweepLines(plan, "a");
        var b = SweepLines(plan, "b");
        Assert.Equal(Runs, a.Count);
        Assert.Equal(a, b);
        // and the rows are not all alike (the seeds differ between replicates)
        Assert.True(a.Select(l => l[l.IndexOf("final_status", StringComparison.Ordinal)..]).Distinct().Count() > 1);
    }

    [Fact]
    public void ThreadCountDoesNotChangeTheRows()
    {
        var plan = Plan();
        var one = SweepLines(plan, "t1", "--threads", "1");
        var two = SweepLines(plan, "t2", "--threads", "2");
        Assert.Equal(Runs, one.Count);
        Assert.Equal(one, two);
    }

    [Fact]
    public void ShardsMergedEqualTheSingleProcessSweep()
    {
        var plan = Plan();
        var single = SweepLines(plan, "single");

        var sharded = Path.Combine(Dir, "sharded");
        for (int k = 0; k < 3; k++)
        {
            var (stdout, _) = KadsimOk("sweep", plan, "--out", sharded, "--shard", k.ToString(), "--shards", "3");
            Assert.Contains($"done: {Runs / 3} runs in this shard", stdout);
            Assert.Contains("kadsim merge", stdout);
        }
        // each shard holds the runs r with r mod 3 = k, under runs/shard=k/
        var parts = RunRows.Read(Path.Combine(sharded, "runs"));
        Assert.Equal(Runs, parts.Count);
        Assert.All(parts.Rows, r => Assert.Equal(long.Parse(r[parts.Col("run")]) % 3, long.Parse(r[parts.Col("shard")])));
        Assert.Equal([0L, 1L, 2L], parts.Longs("shard").Distinct().Order());
        Assert.Equal(single, parts.Lines("shard"));

        var (stdoutMerge, _) = KadsimOk("merge", sharded);
        var merged = Path.Combine(sharded, "runs.parquet");
        Assert.Contains(merged, stdoutMerge);
        var rows = RunRows.Read(merged);
        Assert.Equal(single, rows.Lines());
        // the merged file is sorted by run already
        Assert.Equal(Enumerable.Range(0, Runs).Select(i => (long)i),
            RunRows.Query($"SELECT run FROM read_parquet('{merged}')").Longs("run"));
        Assert.Equal(single.Count, rows.Count);
    }

    [Fact]
    public void MergeWithAMissingShardFailsNamingTheMissingRuns()
    {
        var plan = Plan();
        var sharded = Path.Combine(Dir, "sharded");
        KadsimOk("sweep", plan, "--out", sharded, "--shard", "0", "--shards", "3");
        KadsimOk("sweep", plan, "--out", sharded, "--shard", "2", "--shards", "3");
        var (code, _, stderr) = Kadsim("merge", sharded);
        Assert.Equal(2, code);
        Assert.Contains($"{Runs / 3} of {Runs} runs are missing", stderr);
        Assert.Contains("e.g. 1, 4, 7, 10, 13", stderr); // shard 1's runs
        Assert.False(File.Exists(Path.Combine(sharded, "runs.parquet")));
        Assert.DoesNotContain("   at ", stderr);

        // a folder that holds no sweep at all
        var (code2, _, stderr2) = Kadsim("merge", Path.Combine(Dir, "nothing"));
        Assert.Equal(2, code2);
        Assert.Contains("sweep.json", stderr2);
    }

    [Fact]
    public void ShardOptionsOutOfRangeAreBadInput()
    {
        var plan = Plan();
        foreach (var args in new[] { new[] { "--shard", "3", "--shards", "3" }, ["--shard", "-1", "--shards", "3"], ["--shards", "0"] })
        {
            var outDir = Path.Combine(Dir, "bad-shard");
            var (code, _, stderr) = Kadsim(["sweep", plan, "--out", outDir, .. args]);
            Assert.True(code == 2, $"{string.Join(' ', args)}: exit {code}\n{stderr}");
            Assert.Contains("shard", stderr);
            Assert.False(Directory.Exists(Path.Combine(outDir, "runs")));
        }
    }

    [Fact]
    public void AnotherPlanInTheSameFolderNeedsForce()
    {
        var outDir = Path.Combine(Dir, "shared");
        KadsimOk("sweep", Plan(), "--out", outDir);
        KadsimOk("merge", outDir);
        var other = WritePlan("other.json", Plans.Lhs(Points, Replications, seed: 99));
        var (code, _, stderr) = Kadsim("sweep", other, "--out", outDir);
        Assert.Equal(2, code);
        Assert.Contains("--force", stderr);
        KadsimOk("sweep", other, "--out", outDir, "--force");
        var rows = RunRows.Read(Path.Combine(outDir, "runs"));
        Assert.Equal(Runs, rows.Count);
        Assert.All(rows.Longs("seed"), s => Assert.Equal(99L, s));
        // the old plan's merged table went with its runs
        Assert.False(File.Exists(Path.Combine(outDir, "runs.parquet")), "runs.parquet of the replaced plan was left behind");
        KadsimOk("merge", outDir);
        Assert.All(RunRows.Read(Path.Combine(outDir, "runs.parquet")).Longs("seed"), s => Assert.Equal(99L, s));
    }

    [Fact]
    public void VaryingAnotherKeyUnderTheSameColumnNameIsAnotherPlan()
    {
        // Same column name, same values, same seed: only the key differs. Its results must not be resumed as done.
        static string Body(string key) => $$"""
              "parameters": [ { "key": "{{key}}", "name": "commitment", "min": 0.2, "max": 0.8 } ],
              "design": { "type": "Grid", "levels": 2 },
              "replications": 2
            """;
        var outDir = Path.Combine(Dir, "keys");
        KadsimOk("sweep", WritePlan("region0.json", Body("regions:0:commitment")), "--out", outDir);
        var (code, _, stderr) = Kadsim("sweep", WritePlan("region1.json", Body("regions:1:commitment")), "--out", outDir);
        Assert.True(code == 2, $"exit {code}: the results of another key were taken as done\n{stderr}");
        Assert.Contains("different plan", stderr);
    }
}
