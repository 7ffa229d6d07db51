namespace KadSim.Tests.Sweeps;

/// <summary>Bad plans are rejected before any run starts: exit 2, nothing written, the problem named by plan file and JSON path.</summary>
public class PlanValidationTests : SweepTestBase
{
    private const string Design = """  "design": { "type": "LatinHypercube", "points": 4 }""";

    private static string Param(string json) => $$"""  "parameters": [ {{json}} ],""";

    /// <summary>Runs the sweep and checks it was refused as bad input without creating the output folder.</summary>
    private string Rejected(string plan, string jsonPath, params string[] messageParts)
    {
        var outDir = Path.Combine(Dir, "out-" + Path.GetFileNameWithoutExtension(plan));
        var (code, stdout, stderr) = Kadsim("sweep", plan, "--out", outDir);
        Assert.True(code == 2, $"exit {code}, expected 2:\n{stderr}\n{stdout}");
        Assert.False(Directory.Exists(outDir), "the output folder was created");
        Assert.False(Directory.Exists(Path.Combine(outDir, "runs")));
        Problems.NameFileAndPath(stderr, plan, jsonPath);
        foreach (var part in messageParts) Assert.Contains(part, stderr);
        return stderr;
    }

    [Fact]
    public void UnknownTopLevelKeySuggestsTheRightOne()
    {
        var plan = WritePlan("typo.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2 }""") + "\n  \"replication\": 5,\n" + Design);
        Rejected(plan, "$.replication", "unknown key 'replication'", "did you mean 'replications'?");
    }

    [Fact]
    public void EmptyRangeMinEqualsMax()
    {
        var plan = WritePlan("empty.json", Param("""{ "key": "parameters:learningRate", "min": 0.2, "max": 0.2 }""") + Design);
        Rejected(plan, "$.parameters[0].max", "empty range");
    }

    [Fact]
    public void MinAboveMax()
    {
        var plan = WritePlan("reversed.json", Param("""{ "key": "parameters:learningRate", "min": 0.3, "max": 0.1 }""") + Design);
        Rejected(plan, "$.parameters[0].max", "max is not above min (0.3)");
    }

    [Fact]
    public void BothRangeAndValues()
    {
        var plan = WritePlan("both.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2, "values": ["0.1", "0.2"] }""") + Design);
        Rejected(plan, "$.parameters[0]", "either min and max or values, not both");
    }

    [Fact]
    public void NeitherRangeNorValues()
    {
        var plan = WritePlan("neither.json", Param("""{ "key": "parameters:learningRate" }""") + Design);
        Rejected(plan, "$.parameters[0]", "give min and max, or a non-empty list of values");
    }

    [Fact]
    public void UnknownScenarioKeySuggestsTheRightOne()
    {
        var plan = WritePlan("badkey.json", Param("""{ "key": "parameters:learningRat", "min": 0.1, "max": 0.2 }""") + Design);
        Rejected(plan, "$.parameters[0]", "parameters:learningRat", "learningRate");
    }

    [Fact]
    public void ValueOutsideTheKeysRange()
    {
        var plan = WritePlan("toobig.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 5 }""") + Design);
        var stderr = Rejected(plan, "$.parameters[0]", "key 'parameters:learningRate' = 5", "$.parameters.learningRate");
        Assert.DoesNotContain("= 0.1:", stderr); // the valid end is not blamed
    }

    [Fact]
    public void LatinHypercubeWithoutPoints()
    {
        var plan = WritePlan("nopoints.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2 }""") + """  "design": { "type": "LatinHypercube" }""");
        Rejected(plan, "$.design.points", "needs a number of points");
    }

    [Fact]
    public void GridOverTheSizeLimit()
    {
        string[] keys =
        [
            "parameters:learningRate", "parameters:aspiration", "parameters:successorCommitmentMean", "provinces:0:politicalWill",
            "regions:0:commitment", "regions:1:commitment", "bodies:0:complementarity",
        ];
        var ps = string.Join(",\n    ", keys.Select(k => $$"""{ "key": "{{k}}", "min": 0.1, "max": 0.2 }"""));
        var plan = WritePlan("huge.json", $$"""  "parameters": [ {{ps}} ],""" + """  "design": { "type": "Grid", "levels": 1000 }""");
        Rejected(plan, "$.design.levels", "over the limit of 1,000,000");
    }

    [Fact]
    public void ReplicationsBeyondTheRunLimit()
    {
        // 64 points × 1,000,000 replications = 64 million runs > 50 million
        var plan = WritePlan("manyruns.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2 }""")
            + """  "design": { "type": "Sobol", "points": 64 }, "replications": 1000000""");
        Rejected(plan, "$.replications", "exceeds the limit of 50,000,000 runs");
        // and more replications than any plan may have
        var plan2 = WritePlan("toomanyreps.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2 }""")
            + """  "design": { "type": "Sobol", "points": 1 }, "replications": 2000000""");
        Rejected(plan2, "$.replications");
    }

    [Fact]
    public void MissingDesignFile()
    {
        var plan = WritePlan("nofile.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2 }""") + """  "design": { "type": "File", "file": "nope.csv" }""");
        Rejected(plan, "$.design.file", "design file not found", "nope.csv");
    }

    [Fact]
    public void DesignFileWithAnUnknownColumn()
    {
        WriteFile("design.csv", "learningRate,learning_rat\n0.1,0.2\n");
        var plan = WritePlan("badcol.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2 }""") + """  "design": { "type": "File", "file": "design.csv" }""");
        Rejected(plan, "$.design.file", "'learning_rat' is not a parameter of the plan");

        WriteFile("design.jsonl", "{\"learningRate\": 0.1}\n{\"learningRate\": 0.2, \"aspiration\": 1}\n");
        var plan2 = WritePlan("badcol2.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2 }""") + """  "design": { "type": "File", "file": "design.jsonl" }""");
        Rejected(plan2, "$.design.file", "line 2", "'aspiration' is not a parameter of the plan");
    }

    [Fact]
    public void DesignFileWithABadValue()
    {
        // the file's points are checked one by one against the scenario, not just a range's ends
        WriteFile("design.jsonl", "{\"learningRate\": 0.1}\n{\"learningRate\": 7}\n");
        var plan = WritePlan("badvalue.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2 }""") + """  "design": { "type": "File", "file": "design.jsonl" }""");
        Rejected(plan, "$.design.file", "point 1", "$.parameters.learningRate");
    }

    [Fact]
    public void BrokenJsonPlan()
    {
        var plan = WriteFile("broken.json", "{\n  \"scenario\": " + Json(Scenario) + ",\n  \"design\": { \"type\": \"Grid\" \n  \"replications\": 2\n}\n");
        Rejected(plan, "$", "invalid JSON at line");
    }

    [Fact]
    public void MissingPlanFile()
    {
        var missing = Path.Combine(Dir, "nope.json");
        Rejected(missing, "$", "file not found");
    }

    [Fact]
    public void ProblemsOfTheScenarioNameThePlanFieldThatBroughtThemIn()
    {
        // a missing scenario file
        var plan = WriteFile("noscenario.json", """{ "scenario": "no-such-scenario.json", "design": { "type": "Grid" } }""");
        Rejected(plan, "$.scenario", "no-such-scenario.json", "file not found");

        // a bad value in the plan's own "set" list: the plan's field, not the --set option
        var set = WritePlan("badset.json", """  "set": ["parameters:learningRate=9"], "design": { "type": "Grid" }""");
        var stderr = Rejected(set, "$.set", "$.parameters.learningRate", "out of range");
        Assert.DoesNotContain("--set", stderr);

        // a bad value in an overlay
        var overlay = WriteFile("overlay.json", """{ "regions": [ { "commitment": 1.5 } ] }""");
        var withOverlay = WritePlan("badoverlay.json", $$"""  "overlays": [{{Json(overlay)}}], "design": { "type": "Grid" }""");
        Rejected(withOverlay, "$.overlays", "overlay.json", "$.regions[0].commitment");
    }

    [Fact]
    public void UnknownDesignType()
    {
        var plan = WritePlan("badtype.json", Param("""{ "key": "parameters:learningRate", "min": 0.1, "max": 0.2 }""") + """  "design": { "type": "Random" }""");
        Rejected(plan, "$.design.type", "LatinHypercube");
    }

    [Fact]
    public void ColumnNamesMustNotRepeatRunTableColumns()
    {
        // varying the scenario's seed key gives a column "seed", which the run table already has
        var plan = WritePlan("seedkey.json", Param("""{ "key": "seed", "values": ["1", "2"] }""") + """  "design": { "type": "Grid" }""");
        Rejected(plan, "$.parameters[0].name", "column name 'seed' is already a column of the run table");
        // a name that is a metric, or the Hive partition
        var metric = WritePlan("metricname.json", Param("""{ "key": "parameters:learningRate", "name": "Dormant", "min": 0.1, "max": 0.2 }""") + Design);
        Rejected(metric, "$.parameters[0].name", "'Dormant'");
        var shard = WritePlan("shardname.json", Param("""{ "key": "parameters:learningRate", "name": "shard", "min": 0.1, "max": 0.2 }""") + Design);
        Rejected(shard, "$.parameters[0].name", "'shard'");
        // two parameters with one name
        var twice = WritePlan("twice.json", """  "parameters": [ { "key": "regions:0:commitment", "name": "c", "min": 0.2, "max": 0.8 }, { "key": "regions:1:commitment", "name": "c", "min": 0.2, "max": 0.8 } ],""" + Design);
        Rejected(twice, "$.parameters[1].name", "'c'");
        // and the same key twice
        var key = WritePlan("keytwice.json", """  "parameters": [ { "key": "regions:0:commitment", "min": 0.2, "max": 0.8 }, { "key": "regions:0:commitment", "name": "c", "min": 0.2, "max": 0.8 } ],""" + Design);
        Rejected(key, "$.parameters[1].key", "varied twice");
    }
}
