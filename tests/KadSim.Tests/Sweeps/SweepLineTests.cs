namespace KadSim.Tests.Sweeps;

/// <summary><c>kadsim sweep --line N</c>: one design point of a JSONL design (the EMEWS/OpenMOLE contract).</summary>
public class SweepLineTests : SweepTestBase
{
    private static string Plan => Path.Combine(PlansDir, "file-jsonl.json");
    private const int Points = 5, Replications = 3;

    [Fact]
    public void LineRunsOnePointWithTheSeedsOfTheFullSweep()
    {
        var full = Path.Combine(Dir, "full");
        KadsimOk("sweep", Plan, "--out", full);
        var fullRows = RunRows.Read(Path.Combine(full, "runs"));
        Assert.Equal(Points * Replications, fullRows.Count);

        var outDir = Path.Combine(Dir, "lines");
        foreach (int n in new[] { 0, 3 })
        {
            var (stdout, _) = KadsimOk("sweep", Plan, "--out", outDir, "--line", n.ToString());
            var lineDir = Path.Combine(outDir, $"line={n}");
            Assert.Contains(Path.Combine(lineDir, "runs"), stdout);
            var rows = RunRows.Read(Path.Combine(lineDir, "runs"));
            Assert.Equal(Replications, rows.Count);
            Assert.All(rows.Longs("point"), p => Assert.Equal(n, p));
            Assert.Equal(Enumerable.Range(n * Replications, Replications).Select(i => (long)i), rows.Longs("run"));
            Assert.Equal(fullRows.Lines("shard").Where(l => l.Contains($"|point={n}|", StringComparison.Ordinal)), rows.Lines("shard", "line"));
        }
        // both lines side by side, read as one Hive-partitioned table
        var both = RunRows.Read(outDir);
        Assert.Equal(2 * Replications, both.Count);
        Assert.Equal(["0", "3"], both.Values("line").Distinct().Order());

        // rerunning a line resumes it
        var (_, stderr) = KadsimOk("sweep", Plan, "--out", outDir, "--line", "3");
        Assert.Contains($"({Replications} already done, resuming)", stderr);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("-1")]
    [InlineData("99")]
    public void LineOutOfRangeIsBadInput(string n)
    {
        var outDir = Path.Combine(Dir, "bad");
        var (code, _, stderr) = Kadsim("sweep", Plan, "--out", outDir, "--line", n);
        Assert.Equal(2, code);
        Assert.Contains($"--line {n}", stderr);
        Assert.Contains("5 points (0..4)", stderr);
        Assert.False(Directory.Exists(outDir));
    }
}
