using System.Globalization;
using System.Text.Json;
using KadSim.Experiments.Designs;

namespace KadSim.Tests.Sweeps;

/// <summary>Each design type runs end to end; the run table holds points × replications rows with the design's values.</summary>
public class SweepDesignTests : SweepTestBase
{
    private static readonly string[] DuesRules = ["Equal", "BenefitProportional"];

    /// <summary>Runs a plan from the test data folder and reads its run table back (Hive partitioning on).</summary>
    private RunRows Sweep(string plan, int points, int replications, long seed)
    {
        var outDir = Path.Combine(Dir, Path.GetFileNameWithoutExtension(plan));
        var (stdout, _) = KadsimOk("sweep", Path.Combine(PlansDir, plan), "--out", outDir);
        Assert.Contains($"done: {points * replications} runs in this shard", stdout);
        var rows = RunRows.Read(Path.Combine(outDir, "runs"));

        Assert.Equal(points * replications, rows.Count);
        Assert.Equal(Enumerable.Range(0, points * replications).Select(i => (long)i), rows.Longs("run"));
        // run r is point r / replications, replicate r mod replications, with the plan's seed
        Assert.Equal(rows.Longs("run").Select(r => r / replications), rows.Longs("point"));
        Assert.Equal(rows.Longs("run").Select(r => r % replications), rows.Longs("replicate"));
        Assert.All(rows.Longs("seed"), s => Assert.Equal(seed, s));
        // the Hive partition column comes from the folder name
        Assert.All(rows.Longs("shard"), s => Assert.Equal(0L, s));
        Assert.Equal(0L, Convert.ToInt64(RunRows.Scalar($"SELECT max(shard) FROM read_parquet('{Path.Combine(outDir, "runs", "**", "*.parquet")}', hive_partitioning = true)")));
        Assert.True(File.Exists(Path.Combine(outDir, "sweep.json")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "sweep.json")));
        Assert.Equal(points * replications, manifest.RootElement.GetProperty("runs").GetInt64());
        Assert.Equal(points, manifest.RootElement.GetProperty("points").GetInt32());
        // every metric column is there
        foreach (var m in KadSim.IO.Experiments.RunTable.Metrics) rows.Col(m);
        return rows;
    }

    /// <summary>The parameter values of each point (the first replicate's row), in point order.</summary>
    private static List<string[]> PointValues(RunRows rows, int replications, params string[] columns) =>
        rows.Rows.Where((_, i) => i % replications == 0).Select(r => columns.Select(c => r[rows.Col(c)]).ToArray()).ToList();

    private static void SameWithinPoints(RunRows rows, params string[] columns)
    {
        foreach (var group in rows.Rows.GroupBy(r => r[rows.Col("point")]))
            foreach (var c in columns)
                Assert.Single(group.Select(r => r[rows.Col(c)]).Distinct());
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    [Fact]
    public void GridRunsEveryCombinationOfTheLevels()
    {
        var rows = Sweep("grid.json", points: 6, replications: 2, seed: 11);
        SameWithinPoints(rows, "dues_rule", "will");
        Assert.Equal(["0", "0.5", "1"], rows.Doubles("will").Distinct().Order().Select(F));
        Assert.Equal(DuesRules.Order(), rows.Values("dues_rule").Distinct().Order());
        var combos = PointValues(rows, 2, "dues_rule", "will").Select(v => v[0] + "/" + v[1]).ToList();
        Assert.Equal(6, combos.Distinct().Count());
        Assert.Equal(DuesRules.SelectMany(d => new[] { "0", "0.5", "1" }.Select(w => d + "/" + w)).Order(), combos.Order());
        // the parameter columns are typed: a number for a range, text for a list of names
        Assert.Equal("DOUBLE", RunRows.Scalar($"SELECT typeof(will) FROM read_parquet('{Path.Combine(Dir, "grid", "runs", "**", "*.parquet")}', hive_partitioning = true) LIMIT 1"));
        Assert.Equal("VARCHAR", RunRows.Scalar($"SELECT typeof(dues_rule) FROM read_parquet('{Path.Combine(Dir, "grid", "runs", "**", "*.parquet")}', hive_partitioning = true) LIMIT 1"));
    }

    [Fact]
    public void LatinHypercubeHoldsTheDesignAndHitsEveryStratumOnce()
    {
        const int n = 8;
        var rows = Sweep("lhs.json", points: n, replications: 2, seed: 5);
        SameWithinPoints(rows, "learningRate", "will", "dues_rule");
        var unit = LatinHypercube.Create(n, 3, 5).Points;
        var expected = unit.Select(u => new[] { F(0.05 + u[0] * (0.3 - 0.05)), F(0 + u[1] * (1 - 0)), DuesRules[Math.Min(1, (int)(u[2] * 2))] }).ToList();
        Assert.Equal(expected, PointValues(rows, 2, "learningRate", "will", "dues_rule"));
        // one point in each of the n strata of every numeric parameter
        var lr = PointValues(rows, 2, "learningRate").Select(v => double.Parse(v[0], CultureInfo.InvariantCulture));
        var will = PointValues(rows, 2, "will").Select(v => double.Parse(v[0], CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(0, n), lr.Select(x => (int)((x - 0.05) / 0.25 * n)).Order());
        Assert.Equal(Enumerable.Range(0, n), will.Select(x => (int)(x * n)).Order());
    }

    [Fact]
    public void SobolHoldsTheFirstPointsOfTheSequence()
    {
        var rows = Sweep("sobol.json", points: 8, replications: 2, seed: 9);
        SameWithinPoints(rows, "aspiration", "operating_cost");
        var unit = SobolSequence.Create(8, 2).Points;
        var expected = unit.Select(u => new[] { F(0.25 + u[0] * (1.75 - 0.25)), F(35e6 + u[1] * (60e6 - 35e6)) }).ToList();
        Assert.Equal(expected, PointValues(rows, 2, "aspiration", "operating_cost"));
        Assert.All(rows.Doubles("aspiration"), x => Assert.InRange(x, 0.25, 1.75));
        Assert.All(rows.Doubles("operating_cost"), x => Assert.InRange(x, 35e6, 60e6));
    }

    [Fact]
    public void CsvDesignFileGivesItsRowsInOrder()
    {
        var rows = Sweep("file-csv.json", points: 4, replications: 3, seed: 13);
        SameWithinPoints(rows, "learningRate", "will", "dues_rule");
        var expected = File.ReadAllLines(Path.Combine(PlansDir, "design.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',')).Select(c => new[] { F(double.Parse(c[0], CultureInfo.InvariantCulture)), F(double.Parse(c[1], CultureInfo.InvariantCulture)), c[2] }).ToList();
        Assert.Equal(expected, PointValues(rows, 3, "learningRate", "will", "dues_rule"));
    }

    [Fact]
    public void JsonlDesignFileGivesItsLinesInOrder()
    {
        var rows = Sweep("file-jsonl.json", points: 5, replications: 3, seed: 17);
        SameWithinPoints(rows, "learningRate", "will", "dues_rule");
        var expected = File.ReadAllLines(Path.Combine(PlansDir, "design.jsonl")).Where(l => l.Length > 0).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            var v = doc.RootElement.EnumerateObject().Select(p => p.Value).ToArray(); // learning rate, will, dues rule
            return new[] { F(v[0].GetDouble()), F(v[1].GetDouble()), v[2].GetString()! };
        }).ToList();
        Assert.Equal(expected, PointValues(rows, 3, "learningRate", "will", "dues_rule"));
    }

    [Fact]
    public void ParametersChangeTheOutcome()
    {
        // Sanity: the varied keys reach the simulation (not just the table). A high learning rate and no
        // provincial will vs. the opposite must not give identical outcomes across every run.
        var rows = Sweep("file-csv.json", points: 4, replications: 3, seed: 13);
        var byPoint = rows.Rows.GroupBy(r => r[rows.Col("point")]).Select(g => string.Join(';', g.Select(r => r[rows.Col("final_mean_trust")] + "," + r[rows.Col("final_mean_commitment")]))).ToList();
        Assert.True(byPoint.Distinct().Count() > 1, "every design point gave the same outcomes");
    }

    [Fact]
    public void ShippedPlansLoad()
    {
        foreach (var (file, points, reps) in new[] { ("barlingmascakeb-grid.json", 10, 20), ("barlingmascakeb-lhs.json", 64, 10) })
        {
            var (plan, problems) = KadSim.IO.Experiments.PlanLoader.Load(Path.Combine(TestScenarios.RepoRoot, "scenarios", "plans", file));
            Assert.True(plan is not null, file + ": " + string.Join("\n", problems));
            Assert.Equal(points, plan.Points.Count);
            Assert.Equal(reps, plan.Replications);
        }
    }
}
