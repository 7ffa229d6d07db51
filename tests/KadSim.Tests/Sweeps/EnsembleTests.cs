using System.Globalization;
using KadSim.IO.Experiments;

namespace KadSim.Tests.Sweeps;

/// <summary><c>kadsim ensemble</c>: replications of the shipped scenario, a run table, quantiles across runs, resumable.</summary>
public class EnsembleTests : SweepTestBase
{
    [Fact]
    public void EnsembleWritesRunsAndSummaryAndResumes()
    {
        var outDir = Path.Combine(Dir, "ens");
        string[] args = ["ensemble", TestScenarios.Shipped("barlingmascakeb.json"), "--runs", "50", "--out", outDir];
        var (stdout, stderr) = KadsimOk(args);
        Assert.Contains("50 runs to do", stderr);
        Assert.Contains("dormant_year", stdout); // the table of quantiles

        var runsDir = Path.Combine(outDir, "runs");
        var rows = RunRows.Read(runsDir);
        Assert.Equal(50, rows.Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), rows.Longs("run"));
        Assert.All(rows.Longs("point"), p => Assert.Equal(0L, p));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), rows.Longs("replicate"));
        Assert.All(rows.Longs("seed"), s => Assert.Equal(20030628L, s)); // the scenario's seed
        Assert.True(File.Exists(Path.Combine(outDir, "sweep.json")));

        // summary.csv: a header and one row per metric
        var lines = File.ReadAllLines(Path.Combine(outDir, "summary.csv"));
        Assert.Equal("metric,runs,mean,q05,q25,median,q75,q95", lines[0]);
        var summary = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0]);
        Assert.Equal(RunTable.Metrics, lines.Skip(1).Select(l => l.Split(',')[0]));
        double Cell(string metric, int column) => double.Parse(summary[metric][column], CultureInfo.InvariantCulture);
        Assert.Contains(Cell("dormant_year", 5), new[] { 2011.0, 2012.0 });
        // the quantiles are type 7 (linear), as DuckDB's quantile_cont
        var glob = Path.Combine(runsDir, "**", "*.parquet");
        foreach (var (metric, column, p) in new[] { ("dormant_year", 5, 0.5), ("dues_collected", 3, 0.05), ("final_mean_trust", 7, 0.95), ("head_turnovers", 4, 0.25) })
        {
            var expected = Convert.ToDouble(RunRows.Scalar($"SELECT quantile_cont({metric}, {p.ToString(CultureInfo.InvariantCulture)}) FROM read_parquet('{glob}', hive_partitioning = true)"), CultureInfo.InvariantCulture);
            Assert.Equal(expected, Cell(metric, column), 6);
        }
        Assert.Equal(Convert.ToDouble(RunRows.Scalar($"SELECT avg(months_active) FROM read_parquet('{glob}')"), CultureInfo.InvariantCulture), Cell("months_active", 2), 9);
        Assert.Equal("50", summary["years_active"][1]);

        // the same command again runs nothing and rewrites the same summary
        var parts = Directory.EnumerateFiles(runsDir, "*.parquet", SearchOption.AllDirectories).Order().ToList();
        var (_, stderr2) = KadsimOk(args);
        Assert.Contains("0 runs to do (50 already done, resuming)", stderr2);
        Assert.Equal(parts, Directory.EnumerateFiles(runsDir, "*.parquet", SearchOption.AllDirectories).Order());
        Assert.Equal(lines, File.ReadAllLines(Path.Combine(outDir, "summary.csv")));
    }

    [Fact]
    public void EnsembleBadInputIsExitTwo()
    {
        var outDir = Path.Combine(Dir, "bad");
        var (code, _, stderr) = Kadsim("ensemble", TestScenarios.Shipped("barlingmascakeb.json"), "--runs", "0", "--out", outDir);
        Assert.Equal(2, code);
        Assert.Contains("--runs", stderr);
        (code, _, stderr) = Kadsim("ensemble", TestScenarios.Shipped("barlingmascakeb.json"), "--runs", "5", "--set", "regions:0:commitment=1.5", "--out", outDir);
        Assert.Equal(2, code);
        Assert.Contains("$.regions[0].commitment", stderr);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void EnsembleSeedAndThreadsAreHonoured()
    {
        var a = Path.Combine(Dir, "a");
        var b = Path.Combine(Dir, "b");
        KadsimOk("ensemble", TestScenarios.Shipped("barlingmascakeb.json"), "--runs", "12", "--seed", "5", "--threads", "1", "--out", a);
        KadsimOk("ensemble", TestScenarios.Shipped("barlingmascakeb.json"), "--runs", "12", "--seed", "5", "--threads", "2", "--out", b);
        var ra = RunRows.Read(Path.Combine(a, "runs"));
        Assert.All(ra.Longs("seed"), s => Assert.Equal(5L, s));
        Assert.Equal(ra.Lines("shard"), RunRows.Read(Path.Combine(b, "runs")).Lines("shard"));
    }
}
