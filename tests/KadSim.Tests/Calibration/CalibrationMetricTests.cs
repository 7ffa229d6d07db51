using KadSim.Engine;
using KadSim.IO.Experiments;
using KadSim.IO.Experiments.Calibration;
using KadSim.IO.Scenarios;

namespace KadSim.Tests.Calibration;

/// <summary>The auction-record metrics read from the event log agree with the run summary and the schedule.</summary>
public class CalibrationMetricTests
{
    [Fact]
    public void AuctionMetricsAgreeWithTheRunSummary()
    {
        var spec = ScenarioLoader.LoadOrThrow(TestScenarios.Shipped("barlingmascakeb.json"));
        var names = new[] { "auction_value_1990_2100", "auction_count_2004_2009", "auction_value_2004_2009", "auction_value_2004_2005", "auction_value_2006_2009", "dormant_year" };
        var metrics = names.Select(n => CalibrationMetric.Parse(n, out _)!).ToArray();
        for (int run = 0; run < 4; run++)
        {
            var sim = new Simulation(spec, 1, run);
            var v = CalibrationMetric.Measure(sim, metrics);
            var summary = new Simulation(spec, 1, run).RunToEnd();
            Assert.Equal(RunTable.Metric(summary, "auction_value"), v[0], 6);
            Assert.InRange(v[1], 1, 19);                        // 19 auctions scheduled in 2004–2009
            Assert.Equal(v[2], v[3] + v[4], 3);
            Assert.True(v[3] > 0 && v[3] < v[2]);
            Assert.Equal(RunTable.Metric(summary, "dormant_year"), v[5]);
        }
    }

    [Theory]
    [InlineData("Dormant_Year", "dormant_year")]
    [InlineData("AUCTION_VALUE_2004_2009", "auction_value_2004_2009")]
    public void NamesAreCaseInsensitive(string given, string canonical) =>
        Assert.Equal(canonical, CalibrationMetric.Parse(given, out _)!.Name);

    [Fact]
    public void ReversedYearsAreRefused()
    {
        Assert.Null(CalibrationMetric.Parse("auction_count_2009_2004", out var error));
        Assert.Contains("2009..2004", error);
    }
}
