using KadSim.Engine;
using KadSim.IO.Scenarios;
using KadSim.State;

namespace KadSim.Tests.Core;

public class InvariantTests
{
    [Fact]
    public void MoneyBalancesAndStateStaysInRangeEveryTick()
    {
        var spec = ScenarioLoader.LoadOrThrow(TestScenarios.Shipped("barlingmascakeb.json"));
        for (ulong seed = 0; seed < 20; seed++)
        {
            var sim = new Simulation(spec, seed);
            var w = sim.World;
            var funds = new double[w.Bodies.Count];
            var budget = new double[w.Regions.Count];
            while (!sim.Finished)
            {
                w.Bodies.Funds.CopyTo(funds, 0);
                w.Regions.BudgetRemaining.CopyTo(budget, 0);
                sim.Step();
                for (int b = 0; b < w.Bodies.Count; b++)
                {
                    double delta = w.Bodies.IncomeDues[b] + w.Bodies.IncomeGrants[b] - w.Bodies.Spending[b];
                    Assert.Equal(funds[b] + delta, w.Bodies.Funds[b], 1e-3);
                    Assert.True(w.Bodies.Funds[b] >= -1e-6, $"negative funds at tick {w.Tick}");
                }
                for (int i = 0; i < w.Regions.Count; i++)
                {
                    Assert.Equal(budget[i] + w.Regions.Income[i] - w.Regions.Spending[i], w.Regions.BudgetRemaining[i], 1e-3);
                    Assert.InRange(w.Regions.Commitment[i], 0.0, 1.0);
                }
                for (int e = 0; e < w.Trust.Edges; e++) Assert.InRange(w.Trust.TrustAt(e), 0.0, 1.0);
            }
        }
    }

    [Fact]
    public void TickLoopAllocatesNothingInSteadyState()
    {
        var spec = ScenarioLoader.LoadOrThrow(TestScenarios.Shipped("barlingmascakeb.json"));
        var sim = new Simulation(spec, 3);
        for (int t = 0; t < 24; t++) sim.Step(); // warm-up: JIT and first-use paths
        long before = GC.GetAllocatedBytesForCurrentThread();
        while (!sim.Finished) sim.Step();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }
}
