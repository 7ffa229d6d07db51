using System.Collections.Concurrent;
using KadSim.Engine;
using KadSim.Events;
using KadSim.IO.Scenarios;

namespace KadSim.Tests.Core;

public class DeterminismTests
{
    private static KadSim.Scenario.ScenarioSpec Barlingmascakeb() => ScenarioLoader.LoadOrThrow(TestScenarios.Shipped("barlingmascakeb.json"));

    private static (SimEvent[] Events, double[] Commitment, double[] Funds) Trace(KadSim.Scenario.ScenarioSpec spec, ulong seed, int run)
    {
        var sim = new Simulation(spec, seed, run);
        sim.RunToEnd();
        return (sim.World.Events.AsSpan().ToArray(), sim.World.Regions.Commitment.ToArray(), sim.World.Bodies.Funds.ToArray());
    }

    [Fact]
    public void SameSeedTwiceGivesIdenticalRuns()
    {
        var spec = Barlingmascakeb();
        var a = Trace(spec, 11, 0);
        var b = Trace(spec, 11, 0);
        Assert.Equal(a.Events, b.Events);
        Assert.Equal(a.Commitment, b.Commitment);
        Assert.Equal(a.Funds, b.Funds);
        var c = Trace(spec, 12, 0);
        Assert.NotEqual(a.Events, c.Events);
        var d = Trace(spec, 11, 1);
        Assert.NotEqual(a.Events, d.Events);
    }

    [Fact]
    public void ReplicationsAreIdenticalWhateverTheThreadCount()
    {
        var spec = Barlingmascakeb();
        const int runs = 48;
        string Summaries(int threads)
        {
            var results = new ConcurrentDictionary<int, string>();
            Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = threads }, run =>
            {
                var s = new Simulation(spec, 5, run).RunToEnd();
                results[run] = s.Main.ToString() + string.Join(",", Trace(spec, 5, run).Commitment);
            });
            return string.Join("\n", Enumerable.Range(0, runs).Select(r => results[r]));
        }
        var one = Summaries(1);
        Assert.Equal(one, Summaries(4));
        Assert.Equal(one, Summaries(Environment.ProcessorCount * 2));
    }
}
