using DuckDB.NET.Data;
using KadSim.Cli;

namespace KadSim.Tests.Cli;

/// <summary>The kadsim command end to end, in-process: scenario file in, Parquet out, exit codes.</summary>
public class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kadsim-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Kadsim(params string[] args) => CliRunner.Kadsim(args);

    [Fact]
    public void RunWritesParquetThatDuckDbReads()
    {
        var outDir = Path.Combine(_dir, "run");
        var (code, stdout, stderr) = Kadsim("run", TestScenarios.Shipped("barlingmascakeb.json"), "--seed", "42", "--out", outDir);
        Assert.True(code == 0, stderr);
        Assert.Contains("barlingmascakeb", stdout);
        Assert.True(File.Exists(Path.Combine(outDir, "manifest.json")));

        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT count(*), count(DISTINCT region), min(year), max(year) FROM read_parquet('{Path.Combine(outDir, "region_ticks.parquet")}')";
        using (var r = cmd.ExecuteReader())
        {
            Assert.True(r.Read());
            Assert.Equal(240L * 5, Convert.ToInt64(r.GetValue(0)));
            Assert.Equal(5L, Convert.ToInt64(r.GetValue(1)));
            Assert.Equal(2003, Convert.ToInt32(r.GetValue(2)));
            Assert.Equal(2022, Convert.ToInt32(r.GetValue(3)));
        }
        cmd.CommandText = $"SELECT count(*) FROM read_parquet('{Path.Combine(outDir, "events.parquet")}') WHERE kind = 'ChannelClosed' AND year = 2011";
        Assert.Equal(1L, Convert.ToInt64(cmd.ExecuteScalar()));
    }

    [Fact]
    public void OverlayAndSetChangeTheRun()
    {
        var overlay = Path.Combine(_dir, "no-ban.json");
        File.WriteAllText(overlay, """{ "events": [ { "type": "OpenChannel" } ] }""");
        var outDir = Path.Combine(_dir, "noban");
        var (code, _, stderr) = Kadsim("run", TestScenarios.Shipped("barlingmascakeb.json"), "--overlay", overlay, "--set", "seed=5", "--out", outDir);
        Assert.True(code == 0, stderr);
        var manifest = File.ReadAllText(Path.Combine(outDir, "manifest.json"));
        Assert.Contains("OpenChannel", manifest);
        Assert.Contains("seed=5", manifest);
    }

    [Fact]
    public void BadScenarioExitsTwoWithFileAndPathAndNoOutput()
    {
        var bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(TestScenarios.Shipped("barlingmascakeb.json")).Replace("\"RegionalManagement\"", "\"Forum\""));
        var outDir = Path.Combine(_dir, "never");
        var (code, _, stderr) = Kadsim("run", bad, "--out", outDir);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("bad.json", stderr);
        Assert.Contains("$.bodies[0].format", stderr);
        Assert.Contains("RegionalManagement", stderr); // the allowed values are listed
        Assert.DoesNotContain("   at ", stderr);      // no stack trace
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFiles(outDir).Any());
    }

    [Fact]
    public void ValidateReportsOkOrProblems()
    {
        var (ok, stdout, _) = Kadsim("validate", TestScenarios.Shipped("barlingmascakeb.json"));
        Assert.Equal(0, ok);
        Assert.Contains("BARLINGMASCAKEB", stdout);
        var (bad, _, stderr) = Kadsim("validate", TestScenarios.Shipped("barlingmascakeb.json"), "--set", "regions:0:commitment=1.5");
        Assert.Equal(ExitCodes.BadInput, bad);
        Assert.Contains("--set", stderr);
        Assert.Contains("$.regions[0].commitment", stderr);
    }

    [Theory]
    [InlineData("run")]                       // missing scenario argument
    [InlineData("run", "x.json", "--seed", "minus-one")]
    [InlineData("frobnicate")]
    public void CommandLineMistakesExitTwo(params string[] args) => Assert.Equal(ExitCodes.BadInput, Kadsim(args).Code);

    [Fact]
    public void MissingScenarioFileIsBadInput()
    {
        var (code, _, stderr) = Kadsim("run", Path.Combine(_dir, "nope.json"), "--out", Path.Combine(_dir, "o"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("nope.json", stderr);
    }

    [Fact]
    public void ExistingRunNeedsForce()
    {
        var outDir = Path.Combine(_dir, "twice");
        Assert.Equal(0, Kadsim("run", TestScenarios.Shipped("barlingmascakeb.json"), "--out", outDir).Code);
        var (code, _, stderr) = Kadsim("run", TestScenarios.Shipped("barlingmascakeb.json"), "--out", outDir);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--force", stderr);
        Assert.Equal(0, Kadsim("run", TestScenarios.Shipped("barlingmascakeb.json"), "--out", outDir, "--force").Code);
    }

    [Fact]
    public void HelpWorksEverywhere()
    {
        foreach (var args in new[] { new[] { "--help" }, ["run", "--help"], ["validate", "--help"], ["schema", "--help"] })
        {
            var (code, stdout, _) = Kadsim(args);
            Assert.Equal(0, code);
            Assert.Contains("Usage", stdout);
        }
    }

    [Fact]
    public void SchemaCommandPrintsTheShippedSchema()
    {
        var (code, stdout, _) = Kadsim("schema");
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(TestScenarios.Shipped("kadsim.schema.json")).ReplaceLineEndings("\n").TrimEnd(), stdout.ReplaceLineEndings("\n").TrimEnd());
    }
}
