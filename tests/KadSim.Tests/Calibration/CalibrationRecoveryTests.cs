using KadSim.Experiments;
using KadSim.IO.Experiments.Calibration;
using KadSim.IO.Scenarios;
using Xunit.Abstractions;
using static KadSim.Tests.Calibration.CalibrationTestFiles;

namespace KadSim.Tests.Calibration;

/// <summary>
/// Parameter recovery: targets measured on the BARLINGMASCAKEB scenario at a known market size (with other
/// seeds than the calibration uses, so the truth is not an exact zero of the distance) are fitted from a
/// wide prior; the optimiser must land near the truth and the ABC posterior must cover it.
/// </summary>
public class CalibrationRecoveryTests(ITestOutputHelper output)
{
    private const string Key = "bodies:0:programmes:0:marketSizePerYear";
    private const double Truth = 1.3e12;

    [Fact]
    public void RecoversAKnownMarketSizeFromSyntheticAuctionTargets()
    {
        // Synthetic "observations": 40 runs at the true value, seed 1000 (the calibration uses seed 1).
        var metrics = new[] { "auction_value_2004_2009", "auction_value_2004_2005", "auction_count_2004_2009" }
            .Select(m => CalibrationMetric.Parse(m, out _)!).ToArray();
        var spec = ScenarioLoader.LoadOrThrow(TestScenarios.Shipped("barlingmascakeb.json"), [], [$"{Key}={N(Truth)}"]);
        var runs = Ensemble.Map(spec, 40, 1000, sim => CalibrationMetric.Measure(sim, metrics));
        var observed = Enumerable.Range(0, metrics.Length).Select(k => runs.Average(r => r[k])).ToArray();
        output.WriteLine($"observed at {Truth:E2}: total {observed[0] / 1e9:F1} milyar, 2004–05 {observed[1] / 1e9:F2} milyar, count {observed[2]:F2}");

        using var files = new CalibrationTestFiles();
        var file = files.Write("recovery.json", $$"""
            {
              "scenario": {{ScenarioPath}},
              "parameters": [ { "key": "{{Key}}", "min": 5e11, "max": 2e12 } ],
              "targets": [
                { "metric": "auction_value_2004_2009", "value": {{N(observed[0])}}, "scale": {{N(0.05 * observed[0])}} },
                { "metric": "auction_value_2004_2005", "value": {{N(observed[1])}}, "scale": {{N(0.1 * observed[1])}} },
                { "metric": "auction_count_2004_2009", "value": {{N(observed[2])}}, "scale": 1 }
              ],
              "replications": 10,
              "seed": 1,
              "abc": { "samples": 40, "accept": 0.2 },
              "optimizer": { "maxIterations": 40 }
            }
            """);
        var (cal, problems) = CalibrationLoader.Load(file);
        Assert.True(cal is not null, string.Join("\n", problems));
        var result = CalibrationRunner.Run(cal);

        var post = result.Posterior[0];
        double fitted = result.Fit.Values[0];
        output.WriteLine($"posterior mean {post.Mean:E3}, 5–95% [{post.Q05:E3}, {post.Q95:E3}] ({post.Accepted} accepted); optimiser {fitted:E3}, distance {result.Fit.Distance:F3} (ABC best {result.Fit.AbcBestDistance:F3}), {result.Fit.Evaluations} evaluations, {result.Fit.Exit}");
        Assert.InRange(fitted, 0.9 * Truth, 1.1 * Truth);
        Assert.InRange(Truth, post.Q05, post.Q95);
        Assert.True(result.Fit.Distance <= result.Fit.AbcBestDistance, "the optimiser made the best ABC sample worse");
        Assert.Equal(8, result.Samples.Count(s => s.Accepted));
        Assert.True(post.Q95 - post.Q05 < 0.5 * (2e12 - 5e11), "the posterior is hardly narrower than the prior");
    }
}
