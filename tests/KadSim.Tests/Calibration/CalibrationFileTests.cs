using KadSim.IO.Experiments.Calibration;
using KadSim.Scenario;
using static KadSim.Tests.Calibration.CalibrationTestFiles;

namespace KadSim.Tests.Calibration;

/// <summary>Bad calibration files are refused before any run, with problems naming the file and the JSON path.</summary>
public class CalibrationFileTests
{
    private const string GoodParameter = """{ "key": "parameters:learningRate", "min": 0.05, "max": 0.3 }""";
    private const string GoodTarget = """{ "metric": "auction_value_2004_2009", "value": 321e9, "scale": 30e9 }""";

    private static (string File, IReadOnlyList<ScenarioProblem> Problems) Load(CalibrationTestFiles files, string parameters, string targets, string extra = "")
    {
        var file = files.Write("bad.json", $$"""
            {
              "scenario": {{ScenarioPath}},
              "parameters": [ {{parameters}} ]{{(targets.Length == 0 ? "" : ",")}}
              {{targets}}
              {{extra}}
            }
            """);
        var (cal, problems) = CalibrationLoader.Load(file);
        Assert.Null(cal);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal(file, p.Source));
        return (file, problems);
    }

    [Fact]
    public void UnknownMetricIsListedWithTheAllowedOnes()
    {
        using var files = new CalibrationTestFiles();
        var (_, problems) = Load(files, GoodParameter, """ "targets": [ {{GoodTarget}}, { "metric": "auction_valu_2004_2009", "value": 1, "scale": 1 } ] """.Replace("{{GoodTarget}}", GoodTarget));
        var p = Assert.Single(problems);
        Assert.Equal("$.targets[1].metric", p.Path);
        Assert.Contains("unknown metric 'auction_valu_2004_2009'", p.Message);
        Assert.Contains("dormant_year", p.Allowed);
        Assert.Contains("auction_value_<from>_<to>", p.Allowed);
        Assert.Contains("auction_count_2004_2009", p.Allowed);
        Assert.Contains("bad.json: $.targets[1].metric", p.ToString());
    }

    [Fact]
    public void EmptyPriorIsRefused()
    {
        using var files = new CalibrationTestFiles();
        var (_, problems) = Load(files, """{ "key": "parameters:learningRate", "min": 0.3, "max": 0.3 }""", $$""" "targets": [ {{GoodTarget}} ] """);
        var p = Assert.Single(problems);
        Assert.Equal("$.parameters[0].max", p.Path);
        Assert.Contains("not above min", p.Message);
    }

    [Fact]
    public void KeyThatDoesNotBindIsRefused()
    {
        using var files = new CalibrationTestFiles();
        var (_, problems) = Load(files, """{ "key": "parameters:learningRat", "min": 0.05, "max": 0.3 }""", $$""" "targets": [ {{GoodTarget}} ] """);
        var p = Assert.Single(problems);
        Assert.Equal("$.parameters[0].key", p.Path);
        Assert.Contains("'parameters:learningRat'", p.Message);
        Assert.Contains("did you mean 'learningRate'", p.Message);
    }

    [Fact]
    public void ValueOutsideTheKeysRangeIsRefused()
    {
        using var files = new CalibrationTestFiles();
        var (_, problems) = Load(files, """{ "key": "regions:0:commitment", "min": 0.5, "max": 1.5 }""", $$""" "targets": [ {{GoodTarget}} ] """);
        var p = Assert.Single(problems);
        Assert.Equal("$.parameters[0].key", p.Path);
        Assert.Contains("= 1.5", p.Message);
    }

    [Fact]
    public void WholeNumberKeyIsCaughtInsideItsPrior()
    {
        // 48 and 72 bind; the interior probe (57.2…) does not: the optimiser would have failed mid-run.
        using var files = new CalibrationTestFiles();
        var (_, problems) = Load(files, """{ "key": "elections:termMonths", "min": 48, "max": 72 }""", $$""" "targets": [ {{GoodTarget}} ] """);
        var p = Assert.Single(problems);
        Assert.Equal("$.parameters[0].key", p.Path);
        Assert.Contains("whole number", p.Message);
    }

    [Fact]
    public void MissingOrEmptyTargetsAreRefused()
    {
        using var files = new CalibrationTestFiles();
        var (_, missing) = Load(files, GoodParameter, "");
        var p = Assert.Single(missing);
        Assert.Equal("$.targets", p.Path);
        Assert.Contains("missing required 'targets'", p.Message);

        var (_, empty) = Load(files, GoodParameter, """ "targets": [] """);
        Assert.Contains(empty, p => p.Path == "$.targets" && p.Message.Contains("no targets"));
    }

    [Fact]
    public void FieldMistakesAreAllReportedWithTheirPaths()
    {
        using var files = new CalibrationTestFiles();
        var (_, problems) = Load(files, GoodParameter,
            """ "targets": [ { "metric": "dormant_year", "value": 2011.5, "scale": 0, "statistic": "mode" }, { "metric": "auction_count_2009_2004", "value": 19, "scale": 1 } ] """,
            """, "abc": { "accept": 1.5 }, "replications": 0, "optimiser": {} """);
        var paths = problems.Select(p => p.Path).ToList();
        Assert.Contains("$.targets[0].scale", paths);
        Assert.Contains("$.targets[0].statistic", paths);
        Assert.Contains("$.targets[1].metric", paths);
        Assert.Contains("$.abc.accept", paths);
        Assert.Contains("$.replications", paths);
        Assert.Contains("$.optimiser", paths); // unknown key, with a hint
        Assert.Contains(problems, p => p.Path == "$.targets[0].statistic" && p.Allowed == "Mean, Median");
        Assert.Contains(problems, p => p.Path == "$.optimiser" && p.Message.Contains("did you mean 'optimizer'"));
    }

    [Fact]
    public void BrokenJsonNamesTheLine()
    {
        using var files = new CalibrationTestFiles();
        var file = files.Write("broken.json", "{ \"scenario\": \"x.json\",\n  \"targets\": [ }");
        var (cal, problems) = CalibrationLoader.Load(file);
        Assert.Null(cal);
        var p = Assert.Single(problems);
        Assert.Equal(file, p.Source);
        Assert.Contains("line 2", p.Message);
    }

    [Fact]
    public void ShippedCalibrationIsValid()
    {
        var (cal, problems) = CalibrationLoader.Load(TestScenarios.Shipped(Path.Combine("calibration", "barlingmascakeb.json")));
        Assert.True(cal is not null, string.Join("\n", problems));
        Assert.Equal(["market_size", "reputationGain", "learningRate"], cal.Columns);
        Assert.Equal(["auction_value_2004_2009", "auction_value_2004_2005", "auction_count_2004_2009", "dormant_year"], cal.Metrics.Select(m => m.Name));
    }
}
