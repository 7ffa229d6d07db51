using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KadSim.Engine;
using KadSim.IO.Scenarios;

namespace KadSim.Benchmarks;

/// <summary>
/// Allocation of the tick loop in steady state (MemoryDiagnoser: expect "-", no bytes): 120 ticks (2005–2014) of a world
/// built and warmed up by 24 ticks beforehand (IterationSetup), for BARLINGMASCAKEB and a generated world of 10 000
/// regions. The same is asserted by tests/KadSim.Tests/Core/InvariantTests.cs and tests/KadSim.Tests/Performance.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class TickAllocationBenchmark
{
    public const int Ticks = 120;
    private Simulation _sim = null!;

    [Params("barlingmascakeb", "generated-10000")]
    public string World { get; set; } = "";

    [IterationSetup]
    public void Build()
    {
        _sim = World == "barlingmascakeb"
            ? new Simulation(ScenarioLoader.LoadOrThrow(Path.Combine(CaseRunBenchmark.RepoRoot(), "scenarios", "barlingmascakeb.json")), 3)
            : Worlds.Simulation(Worlds.Spec(10_000), 3);
        for (int t = 0; t < 24; t++) _sim.Step(); // warm-up: first-use paths
    }

    [Benchmark(Description = "120 ticks in steady state", OperationsPerInvoke = Ticks)]
    public int Ticks120()
    {
        for (int t = 0; t < Ticks; t++) _sim.Step();
        return _sim.World.Tick;
    }
}
