using System.Diagnostics;
using System.Text;
using KadSim.Cli;
using KadSim.IO;
using KadSim.IO.Experiments;
using KadSim.IO.Experiments.Calibration;
using KadSim.IO.Scenarios;
using KadSim.Scenario;
using KadSim.Time;

namespace KadSim.Tests.Reliability;

/// <summary>
/// Resource guards (docs/reliability.md): absurd sizes are refused with the limit named, quickly and before memory is
/// allocated in proportion to them (measured as bytes allocated on the calling thread).
/// </summary>
public sealed class ResourceGuardTests : IDisposable
{
    /// <summary>What a refusal may allocate: far below what the refused work would need.</summary>
    private const long SmallAllocation = 64L << 20;

    private readonly string _dir = Directory.CreateTempSubdirectory("kadsim-limits-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static T Cheaply<T>(Func<T> f)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = f();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < SmallAllocation, $"the refusal allocated {allocated:N0} bytes");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the refusal took {clock.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    private static void Refused(IReadOnlyList<ScenarioProblem> problems, string path, params string[] fragments)
    {
        var match = problems.FirstOrDefault(p => p.Path == path && fragments.All(f => p.ToString().Contains(f, StringComparison.Ordinal)));
        Assert.True(match is not null, $"no problem at {path} with [{string.Join(" | ", fragments)}]; got:\n{string.Join("\n", problems)}");
    }

    private static string Scenario(string regions, string bodies, string start = "2000-01", string end = "2010-12") =>
        $$"""{ "name": "x", "start": "{{start}}", "end": "{{end}}", "regions": {{regions}}, "bodies": {{bodies}} }""";

    private const string TwoRegions = """[ { "id": "a" }, { "id": "b" } ]""";
    private const string OneBody = """[ { "id": "b", "founded": "2000-01", "members": [ { "region": "a" }, { "region": "b" } ] } ]""";

    // ---- Months

    [Theory]
    [InlineData("9999-12")]
    [InlineData("1899-12")]
    [InlineData("2201-01")]
    public void MonthsOutsideTheCalendarAreRefusedWithTheRange(string end)
    {
        var result = ScenarioLoader.Load(Write("m.json", Scenario(TwoRegions, OneBody, end: end)));
        Refused(result.Problems, "$.end", "outside the supported range 1900-01 to 2200-12", end);
    }

    [Fact]
    public void ScenariosBuiltInCodeAreCheckedLikeFiles()
    {
        var spec = TestScenarios.Simple();
        spec.End = new YearMonth(9999, 1);
        spec.Regions[0].Commitment = double.NaN;
        spec.Regions[1].Apbd = -1;
        spec.Bodies[0].Format = (CooperationFormat)99;
        spec.Elections = null!;
        var problems = ScenarioValidator.Validate(spec);
        Refused(problems, "$.end", "outside the supported range");
        Refused(problems, "$.regions[0].commitment", "finite");
        Refused(problems, "$.regions[1].apbd", "out of range");
        Refused(problems, "$.bodies[0].format", "undefined");
        Refused(problems, "$.elections", "missing");
        Assert.Throws<ScenarioException>(() => new KadSim.Engine.Simulation(spec, 1));
    }

    // ---- Sizes of a scenario

    [Fact]
    public void TooManyRegionsInAFileAreRefusedBeforeBinding()
    {
        var regions = "[" + string.Join(",", Enumerable.Range(0, ScenarioValidator.MaxRegions + 1).Select(i => $"{{\"id\":\"r{i}\"}}")) + "]";
        var file = Write("regions.json", Scenario(regions, OneBody));
        var result = Cheaply(() => ScenarioLoader.Load(file));
        Refused(result.Problems, "$.regions", "10,001", "ScenarioValidator.MaxRegions");
    }

    [Fact]
    public void TooManyMembersInAFileAreRefusedBeforeBinding()
    {
        var members = "[" + string.Join(",", Enumerable.Range(0, ScenarioValidator.MaxMembersPerBody + 1).Select(i => $"{{\"region\":\"r{i}\"}}")) + "]";
        var file = Write("members.json", Scenario(TwoRegions, $$"""[ { "id": "b", "founded": "2000-01", "members": {{members}} } ]"""));
        var result = Cheaply(() => ScenarioLoader.Load(file));
        Refused(result.Problems, "$.bodies[0].members", "ScenarioValidator.MaxMembersPerBody");
    }

    [Fact]
    public void LimitsOfScenariosBuiltInCodeAreNamed()
    {
        // 10,000 regions over the whole calendar: 36 million region-months.
        var spec = TestScenarios.Simple(members: 2, start: "1900-01", end: "2200-12");
        for (int i = 2; i < ScenarioValidator.MaxRegions; i++) spec.Regions.Add(new RegionSpec { Id = $"r{i}" });
        Refused(Cheaply(() => ScenarioValidator.Validate(spec)), "$.end", "region-months", "ScenarioValidator.MaxRegionTicks");

        spec.Regions.Add(new RegionSpec { Id = "one-too-many" });
        Refused(ScenarioValidator.Validate(spec), "$.regions", "ScenarioValidator.MaxRegions");

        // Six bodies of 1,000 members: six million trust relations.
        var big = TestScenarios.Simple(members: 1000);
        for (int b = 1; b < 6; b++)
            big.Bodies.Add(new BodySpec { Id = $"b{b}", Founded = big.Start, Members = [.. big.Regions.Select(r => new MemberSpec { Region = r.Id })] });
        Refused(Cheaply(() => ScenarioValidator.Validate(big)), "$.bodies", "trust relations", "ScenarioValidator.MaxTrustPairs");
        big.Bodies[0].Members.Add(new MemberSpec { Region = "r0" });
        Refused(ScenarioValidator.Validate(big), "$.bodies[0].members", "ScenarioValidator.MaxMembersPerBody");
    }

    // ---- Input files

    [Fact]
    public void AFileOverTheSizeLimitIsRefusedBeforeItIsRead()
    {
        var file = Path.Combine(_dir, "huge.json");
        using (var f = File.Create(file)) f.SetLength(InputLimits.MaxFileBytes + 1); // sparse: nothing is written
        var result = Cheaply(() => ScenarioLoader.Load(file));
        Refused(result.Problems, "$", "over the limit of 256 MiB");
    }

    [Fact]
    public void EndlessDevicesAreRefused()
    {
        if (!File.Exists("/dev/zero")) return;
        Refused(Cheaply(() => ScenarioLoader.Load("/dev/zero")).Problems, "$", "not a text file");
        Refused(Cheaply(() => PlanLoader.Load("/dev/zero")).Problems, "$", "not a text file");
    }

    [Fact]
    public void JsonShapeLimitsAreNamed()
    {
        var deep = Write("deep.json", "{\"parameters\":" + new string('[', 100) + new string(']', 100) + "}");
        Refused(ScenarioLoader.Load(deep).Problems, "$", "nested deeper than the limit of 64", "InputLimits.MaxJsonDepth");

        var longArray = Write("array.json", "{\"events\":[" + string.Join(",", Enumerable.Repeat("0", InputLimits.MaxArrayItems + 1)) + "]}");
        Refused(Cheaply(() => ScenarioLoader.Load(longArray)).Problems, "$.events", "InputLimits.MaxArrayItems");

        var sb = new StringBuilder("{\"x\":[");
        for (int k = 0; k < 25; k++) sb.Append(k > 0 ? "," : "").Append('[').Append(string.Join(",", Enumerable.Repeat("0", InputLimits.MaxJsonValues / 24))).Append(']');
        var many = Write("many.json", sb.Append("]}").ToString());
        Refused(Cheaply(() => ScenarioLoader.Load(many)).Problems, "$", "InputLimits.MaxJsonValues");

        var key = Write("key.json", "{\"" + new string('k', InputLimits.MaxKeyLength + 1) + "\":1}");
        Refused(ScenarioLoader.Load(key).Problems, "$." + new string('k', 40) + "…", "InputLimits.MaxKeyLength");
    }

    // ---- Experiments

    private string Plan(string parameters, string design, int replications = 1) => Write("plan.json", $$"""
        {
          "scenario": {{System.Text.Json.JsonSerializer.Serialize(TestScenarios.Shipped("barlingmascakeb.json"))}},
          "parameters": {{parameters}},
          "design": {{design}},
          "replications": {{replications}}
        }
        """);

    private static string Parameters(int n) => "[" + string.Join(",", typeof(ModelParameters).GetProperties()
        .Where(p => p.PropertyType == typeof(double) && p.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.RangeAttribute), false).Length > 0)
        .Select(p => $"{{\"key\":\"parameters:{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name)}\",\"min\":0.1,\"max\":0.2}}")
        .Take(n)) + "]";

    [Fact]
    public void DesignsAndRunsOverTheLimitsAreRefusedBeforeThePointsAreBuilt()
    {
        Refused(Cheaply(() => PlanLoader.Load(Plan(Parameters(5), """{ "type": "Grid", "levels": 1000 }"""))).Problems, "$.design.levels", "SweepPlan.MaxPoints");
        Refused(Cheaply(() => PlanLoader.Load(Plan(Parameters(6), """{ "type": "LatinHypercube", "points": 1000000 }"""))).Problems, "$.design.points", "SweepPlan.MaxDesignValues");
        Refused(Cheaply(() => PlanLoader.Load(Plan(Parameters(2), """{ "type": "Sobol", "points": 100000 }""", replications: 1000))).Problems, "$.replications", "SweepPlan.MaxRuns");
        Refused(Cheaply(() => PlanLoader.Load(Plan(Parameters(41), """{ "type": "Sobol", "points": 64 }"""))).Problems, "$.parameters", "SobolSequence.MaxDimensions");
        Refused(PlanLoader.Load(Plan(Parameters(2), """{ "type": "Sobol", "points": 1000001 }""")).Problems, "$.design.points", "out of range", "got 1000001");

        var many = "[" + string.Join(",", Enumerable.Range(0, SweepPlan.MaxParameters + 1).Select(i => $"{{\"key\":\"regions:{i}:commitment\",\"min\":0.1,\"max\":0.2}}")) + "]";
        Refused(Cheaply(() => PlanLoader.Load(Plan(many, """{ "type": "LatinHypercube", "points": 10 }"""))).Problems, "$.parameters", "SweepPlan.MaxParameters");
    }

    [Theory]
    [InlineData("ensemble", "--runs", "10000001", "10,000,000")]
    [InlineData("report", "--runs", "100001", "100,000")]
    [InlineData("chart", "--runs", "100001", "100,000")]
    [InlineData("report", "--runs", "100000", "EnsembleGuard.MaxValues")]
    public void RunCountsOverTheLimitsAreRefused(string command, string option, string value, string limit)
    {
        var (code, _, err) = Cheaply(() => CliRunner.Kadsim(command, TestScenarios.Shipped("barlingmascakeb.json"), option, value, "--out", Path.Combine(_dir, "out")));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(limit, err);
    }

    [Fact]
    public void SensitivityDesignsOverTheLimitsAreRefusedBeforeTheyAreBuilt()
    {
        var plan = Plan(Parameters(40), """{ "type": "LatinHypercube", "points": 10 }""");
        // Saltelli N·(d + 2) = 1,000,000 × 42 points of 40 parameters would be 13 GB.
        var (code, _, err) = Cheaply(() => CliRunner.Kadsim("sensitivity", plan, "-n", "1000000", "--out", Path.Combine(_dir, "s")));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("SweepPlan.MaxPoints", err);
        (code, _, err) = CliRunner.Kadsim("sensitivity", plan, "-n", "1000001", "--out", Path.Combine(_dir, "s"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("1,000,000", err);
    }

    [Fact]
    public void CalibrationsOverTheLimitsAreRefused()
    {
        var file = Write("cal.json", $$"""
            {
              "scenario": {{System.Text.Json.JsonSerializer.Serialize(TestScenarios.Shipped("barlingmascakeb.json"))}},
              "parameters": [ { "key": "parameters:learningRate", "min": 0.05, "max": 0.3 } ],
              "targets": [ { "metric": "years_active", "value": 15, "scale": 1 } ],
              "replications": 100,
              "abc": { "samples": 1000000 }
            }
            """);
        Refused(Cheaply(() => CalibrationLoader.Load(file)).Problems, "$.replications", "SweepPlan.MaxRuns");
        var samples = Write("cal2.json", File.ReadAllText(file).Replace("1000000", "1000001", StringComparison.Ordinal));
        Refused(CalibrationLoader.Load(samples).Problems, "$.abc.samples", "out of range", "got 1000001");
    }
}
