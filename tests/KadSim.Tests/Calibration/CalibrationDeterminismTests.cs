using KadSim.IO.Experiments.Calibration;
using static KadSim.Tests.Calibration.CalibrationTestFiles;

namespace KadSim.Tests.Calibration;

/// <summary>
/// A calibration is a pure function of its file: run twice, or with 1 and 2 threads, it writes byte-identical
/// outputs (common random numbers, results stored by index, no timestamps).
/// </summary>
public class CalibrationDeterminismTests
{
    private static string SmallFile(CalibrationTestFiles files) => files.Write("small.json", $$"""
        {
          "name": "determinism",
          "scenario": {{ScenarioPath}},
          "parameters": [
            { "key": "bodies:0:programmes:0:marketSizePerYear", "name": "market_size", "min": 5e11, "max": 2e12 },
            { "key": "parameters:learningRate", "min": 0.05, "max": 0.3 }
          ],
          "targets": [
            { "metric": "auction_value_2004_2009", "value": 321e9, "scale": 30e9 },
            { "metric": "dormant_year", "value": 2011.5, "scale": 0.5, "statistic": "median" }
          ],
          "replications": 6,
          "seed": 3,
          "abc": { "samples": 24, "accept": 0.25 },
          "optimizer": { "method": "NelderMead", "maxIterations": 20 }
        }
        """);

    private static Dictionary<string, string> RunInto(string file, string dir, int threads)
    {
        var (cal, problems) = CalibrationLoader.Load(file);
        Assert.True(cal is not null, string.Join("\n", problems));
        var paths = CalibrationOutputs.Write(CalibrationRunner.Run(cal, new CalibrationOptions { MaxThreads = threads }), dir);
        return paths.ToDictionary(p => Path.GetFileName(p), File.ReadAllText);
    }

    [Fact]
    public void SameFileGivesIdenticalOutputsWhateverTheThreads()
    {
        using var files = new CalibrationTestFiles();
        var file = SmallFile(files);
        var first = RunInto(file, Path.Combine(files.Dir, "a"), threads: 2);
        var again = RunInto(file, Path.Combine(files.Dir, "b"), threads: 2);
        var single = RunInto(file, Path.Combine(files.Dir, "c"), threads: 1);

        Assert.Equal([CalibrationOutputs.SamplesName, CalibrationOutputs.PosteriorName, CalibrationOutputs.FitName], first.Keys);
        foreach (var name in first.Keys)
        {
            Assert.Equal(first[name], again[name]);
            Assert.Equal(first[name], single[name]);
        }
        Assert.Contains("\"distance\"", first[CalibrationOutputs.FitName]);
        Assert.Equal(25, first[CalibrationOutputs.SamplesName].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + 24 samples
        Assert.StartsWith("sample,market_size,learningRate,mean_auction_value_2004_2009,median_dormant_year,distance,accepted\n", first[CalibrationOutputs.SamplesName]);
        Assert.Equal(6, first[CalibrationOutputs.SamplesName].Split('\n').Count(l => l.EndsWith(",true", StringComparison.Ordinal)));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(files.Dir, "a"), "*.partial"));
    }

    [Fact]
    public void EvaluationUsesCommonRandomNumbers()
    {
        using var files = new CalibrationTestFiles();
        var (cal, _) = CalibrationLoader.Load(SmallFile(files));
        double[] at = [1.1e12, 0.15];
        var a = CalibrationRunner.Evaluate(cal!, at, maxThreads: 1);
        var b = CalibrationRunner.Evaluate(cal!, at, maxThreads: 2);
        Assert.Equal(a.Distance, b.Distance);
        Assert.Equal(a.Statistics, b.Statistics);
    }
}
