using System.Diagnostics;
using System.Text;
using KadSim.Cli;
using KadSim.IO.Experiments;
using KadSim.IO.Experiments.Calibration;
using KadSim.IO.Scenarios;

namespace KadSim.Tests.Reliability;

/// <summary>
/// One test per crash or hang the fuzzer and the reliability review found (docs/reliability.md, "Bugs found"), so
/// that each stays fixed. Before the fix each of these was an unhandled exception ("internal error", exit 1), a hang,
/// or a file written where it should not be.
/// </summary>
public sealed class FoundBugTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kadsim-bugs-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Barl => System.Text.Json.JsonSerializer.Serialize(TestScenarios.Shipped("barlingmascakeb.json"));

    /// <summary>ScenarioTemplate passed repeated overrides to the configuration provider, which threw "An item with the same key has already been added".</summary>
    [Fact]
    public void RepeatedOverridesOfOneKeyInAnEnsembleOrPlan()
    {
        var (code, _, err) = CliRunner.Kadsim("ensemble", TestScenarios.Shipped("kartamantul.json"), "--runs", "2", "--set", "seed=3", "--set", "Seed=4", "--out", Path.Combine(_dir, "e"));
        Assert.True(code == 0, err);
        var plan = Write("plan.json", $$"""{ "scenario": {{Barl}}, "set": ["seed=1", "seed=2"], "design": { "type": "Grid" } }""");
        var (loaded, problems) = PlanLoader.Load(plan);
        Assert.True(loaded is not null, string.Join("\n", problems));
        Assert.Equal(2, loaded.Template.Base.Seed);
    }

    /// <summary>A key in invalid UTF-8 made the file check throw InvalidOperationException ("Cannot transcode invalid UTF-8").</summary>
    [Fact]
    public void InvalidUtf8IsAProblemWithItsPosition()
    {
        var bytes = Encoding.Latin1.GetBytes("{ \"nämé\": \"x\" }");
        var result = ScenarioLoader.Load(Write("latin1.json", bytes));
        var p = Assert.Single(result.Problems);
        Assert.Contains("not valid UTF-8 (at byte 5)", p.Message);
        var utf16 = ScenarioLoader.Load(Write("utf16.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{}")]));
        Assert.Contains("UTF-16", Assert.Single(utf16.Problems).Message);
    }

    /// <summary>
    /// An empty object or null where an object is expected was bound as "all defaults" without checking required keys:
    /// a plan parameter <c>{}</c> or a calibration target <c>null</c> then crashed on a missing value.
    /// </summary>
    [Fact]
    public void EmptyObjectsStillNeedTheirRequiredKeys()
    {
        var plan = Write("plan.json", $$"""{ "scenario": {{Barl}}, "parameters": [ {} ], "design": { "type": "Grid" } }""");
        Assert.Contains(PlanLoader.Load(plan).Problems, p => p.Path == "$.parameters[0].key" && p.Message.Contains("missing required", StringComparison.Ordinal));
        var cal = Write("cal.json", $$"""{ "scenario": {{Barl}}, "parameters": [ { "key": "parameters:learningRate", "min": 0.1, "max": 0.2 } ], "targets": [ null ] }""");
        Assert.Contains(CalibrationLoader.Load(cal).Problems, p => p.Path == "$.targets[0].metric");
        var design = Write("design.json", $$"""{ "scenario": {{Barl}}, "design": null }""");
        Assert.Contains(PlanLoader.Load(design).Problems, p => p.Path == "$.design.type");
    }

    /// <summary>A Sobol plan varying more than 40 parameters reached SobolSequence, which threw ArgumentOutOfRangeException.</summary>
    [Fact]
    public void SobolPlansWithTooManyParameters()
    {
        var keys = typeof(KadSim.Scenario.ModelParameters).GetProperties().Where(p => p.PropertyType == typeof(double)).Take(41)
            .Select(p => $"{{\"key\":\"parameters:{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name)}\",\"min\":0.1,\"max\":0.2}}");
        var plan = Write("sobol.json", $$"""{ "scenario": {{Barl}}, "parameters": [{{string.Join(",", keys)}}], "design": { "type": "Sobol", "points": 8 } }""");
        var (code, _, err) = CliRunner.Kadsim("sweep", plan, "--out", Path.Combine(_dir, "s"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("SobolSequence.MaxDimensions", err);
    }

    /// <summary>A sweep.json that is not a KadSim manifest (damaged, or another program's) made sweeps throw JsonException.</summary>
    [Fact]
    public void AForeignSweepManifestIsRefusedNotACrash()
    {
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, SweepRunner.ManifestName), "{ not json");
        var (code, _, err) = CliRunner.Kadsim("ensemble", TestScenarios.Shipped("kartamantul.json"), "--runs", "2", "--out", outDir);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("not the manifest of a KadSim sweep", err);
        Assert.Equal("{ not json", File.ReadAllText(Path.Combine(outDir, SweepRunner.ManifestName)));
    }

    /// <summary>
    /// Binding went through the configuration root, whose lookups scan every key: a 200 kB file with an array of
    /// 100,000 items took about a minute. It now binds in one pass.
    /// </summary>
    [Fact]
    public void BindingIsNotQuadraticInTheSizeOfTheFile()
    {
        var file = Write("wide.json", """{ "name": "x", "provinces": [""" + string.Join(",", Enumerable.Repeat("0", 100_000)) + "] }");
        var clock = Stopwatch.StartNew();
        var result = ScenarioLoader.Load(file);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Contains(result.Problems, p => p.Path == "$.provinces[99999]" && p.Message.Contains("expected an object", StringComparison.Ordinal));
    }

    /// <summary>Design files were read with File.ReadAllLines: a design "file" naming /dev/zero never returned.</summary>
    [Fact]
    public void ADesignFileThatNeverEndsIsRefused()
    {
        if (!File.Exists("/dev/zero")) return;
        var plan = Write("plan.json", $$"""{ "scenario": {{Barl}}, "parameters": [ { "key": "parameters:learningRate", "min": 0.1, "max": 0.2 } ], "design": { "type": "File", "file": "/dev/zero" } }""");
        var (loaded, problems) = PlanLoader.Load(plan);
        Assert.Null(loaded);
        Assert.Contains(problems, p => p.Path == "$.design.file" && p.Message.Contains("not a text file", StringComparison.Ordinal));
    }

    /// <summary>
    /// A damaged run or experiment folder (a manifest edited by hand, a part that is not Parquet) made report, ensemble
    /// and sweep fail with "internal error" (JsonException, KeyNotFoundException) or an error naming no file.
    /// </summary>
    [Fact]
    public void DamagedOutputFoldersAreBadInputNamingTheFile()
    {
        var run = Path.Combine(_dir, "run");
        Directory.CreateDirectory(run);
        File.WriteAllText(Path.Combine(run, "manifest.json"), "{bad");
        var (code, _, err) = CliRunner.Kadsim("report", run, "--out", Path.Combine(_dir, "r.html"));
        Assert.True(code == ExitCodes.BadInput, err);
        Assert.Contains("not a complete KadSim run", err);

        var sweep = Path.Combine(_dir, "sweep");
        Directory.CreateDirectory(sweep);
        File.WriteAllText(Path.Combine(sweep, SweepRunner.ManifestName), "{ \"parameters\": [] }");
        (code, _, err) = CliRunner.Kadsim("report", sweep, "--out", Path.Combine(_dir, "s.html"));
        Assert.True(code == ExitCodes.BadInput, err);
        Assert.DoesNotContain("internal error", err);

        var ens = Path.Combine(_dir, "ens");
        string[] args = ["ensemble", TestScenarios.Shipped("kartamantul.json"), "--runs", "3", "--out", ens];
        Assert.Equal(0, CliRunner.Kadsim(args).Code);
        var bad = Path.Combine(ens, "runs", "shard=0", "part-0000000099.parquet");
        File.WriteAllText(bad, "not parquet");
        (code, _, err) = CliRunner.Kadsim(args);
        Assert.True(code == ExitCodes.BadInput, err);
        Assert.Contains(bad, err);
    }
}
