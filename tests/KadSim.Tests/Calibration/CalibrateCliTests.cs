using System.Diagnostics;
using System.Text.Json;
using KadSim.Cli;
using KadSim.IO.Experiments.Calibration;
using Xunit.Abstractions;

namespace KadSim.Tests.Calibration;

/// <summary><c>kadsim calibrate</c> end to end, in-process: the shipped calibration file, and a bad one.</summary>
public class CalibrateCliTests(ITestOutputHelper output) : IDisposable
{
    private readonly CalibrationTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int Code, string Out, string Err) Kadsim(params string[] args) => CliRunner.Kadsim(args);

    [Fact]
    public void ShippedCalibrationRunsAndWritesTheThreeFiles()
    {
        var outDir = Path.Combine(_files.Dir, "out");
        var clock = Stopwatch.StartNew();
        var (code, stdout, stderr) = Kadsim("calibrate", TestScenarios.Shipped(Path.Combine("calibration", "barlingmascakeb.json")), "--out", outDir, "--threads", "2");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s\n{stdout}\n{stderr}");
        Assert.True(code == ExitCodes.Ok, stderr);
        foreach (var name in new[] { CalibrationOutputs.SamplesName, CalibrationOutputs.PosteriorName, CalibrationOutputs.FitName })
            Assert.True(File.Exists(Path.Combine(outDir, name)), name);
        Assert.Contains("auction_value_2004_2009", stdout);  // the fit table
        Assert.Contains("market_size", stdout);
        Assert.Contains("abc: 200/200 samples done", stderr); // plain progress lines when not interactive

        using var fit = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, CalibrationOutputs.FitName)));
        var targets = fit.RootElement.GetProperty("targets");
        Assert.Equal(4, targets.GetArrayLength());
        Assert.True(fit.RootElement.GetProperty("distance").GetDouble() < 1, "the shipped calibration no longer fits its targets within one scale unit overall");
        var posterior = File.ReadAllLines(Path.Combine(outDir, CalibrationOutputs.PosteriorName));
        Assert.Equal("parameter,key,prior_min,prior_max,accepted,mean,sd,q05,q50,q95,fit", posterior[0]);
        Assert.Equal(4, posterior.Length);
    }

    [Fact]
    public void BadCalibrationExitsTwoNamingFileAndPath()
    {
        var bad = _files.Write("bad.json", $$"""
            { "scenario": {{CalibrationTestFiles.ScenarioPath}},
              "parameters": [ { "key": "parameters:learningRate", "min": 0.3, "max": 0.1 } ],
              "targets": [ { "metric": "nonsense", "value": 1, "scale": 1 } ] }
            """);
        var outDir = Path.Combine(_files.Dir, "never");
        var (code, _, stderr) = Kadsim("calibrate", bad, "--out", outDir);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("the calibration has 2 problems", stderr);
        Assert.Contains("bad.json: $.parameters[0].max", stderr);
        Assert.Contains("bad.json: $.targets[0].metric", stderr);
        Assert.Contains("auction_value_<from>_<to>", stderr);
        Assert.False(Directory.Exists(outDir));
    }
}
