using KadSim.Cli;

namespace KadSim.Tests.Cli;

/// <summary>The sensitivity command end to end on a small plan: both methods, the CSV, resumption and bad input.</summary>
public class SensitivityCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kadsim-sens-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Kadsim(params string[] args) => CliRunner.Kadsim(args);

    private string Plan()
    {
        var path = Path.Combine(_dir, "plan.json");
        var scenario = TestScenarios.Shipped("barlingmascakeb.json").Replace("\\", "/");
        File.WriteAllText(path, $$"""
        {
          "scenario": "{{scenario}}",
          "parameters": [
            { "key": "parameters:learningRate", "min": 0.05, "max": 0.3 },
            { "key": "bodies:0:operatingCostPerMonth", "name": "operating_cost", "min": 30e6, "max": 60e6 },
            { "key": "parameters:quorumShare", "min": 0.3, "max": 0.7 }
          ],
          "design": { "type": "Grid" },
          "replications": 2
        }
        """);
        return path;
    }

    [Theory]
    [InlineData("Sobol", "16", 16 * (3 + 2))]
    [InlineData("Morris", "6", 6 * (3 + 1))]
    public void WritesIndicesForEveryMetricAndParameterAndResumes(string method, string n, int points)
    {
        var outDir = Path.Combine(_dir, method);
        var (code, stdout, stderr) = Kadsim("sensitivity", Plan(), "--method", method, "-n", n, "--out", outDir, "--metric", "years_active", "--metric", "auction_value");
        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(Path.Combine(outDir, "sensitivity.csv"));
        Assert.Equal(1 + 2 * 3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("years_active,operating_cost,", StringComparison.Ordinal));
        var cells = lines[1].Split(',');
        if (method == "Sobol") Assert.True(double.TryParse(cells[5], System.Globalization.CultureInfo.InvariantCulture, out _), "ST is a number");
        else Assert.True(double.Parse(cells[9], System.Globalization.CultureInfo.InvariantCulture) >= 0, "μ* is non-negative");
        Assert.Contains($"{points * 2:N0} runs to do", stderr.Replace(",", ","));

        var (again, _, stderr2) = Kadsim("sensitivity", Plan(), "--method", method, "-n", n, "--out", outDir, "--metric", "years_active", "--metric", "auction_value");
        Assert.Equal(0, again);
        Assert.Contains("0 runs to do", stderr2);
        Assert.Contains("already done", stderr2);
        Assert.Contains(method, stdout);
    }

    [Fact]
    public void UnknownMetricIsBadInput()
    {
        var (code, _, stderr) = Kadsim("sensitivity", Plan(), "--metric", "happiness", "--out", Path.Combine(_dir, "x"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("happiness", stderr);
        Assert.Contains("years_active", stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir, "x")));
    }
}
