using BenchmarkDotNet.Attributes;
using KadSim.Experiments;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.Benchmarks;

/// <summary>
/// Ensemble throughput for the BARLINGMASCAKEB case (20 years monthly, summary output): 2 000 replications
/// on one core and on all cores. Runs per second = 2 000 / mean time.
/// </summary>
[MemoryDiagnoser]
public class EnsembleThroughputBenchmark
{
    public const int Runs = 2000;
    private ScenarioSpec _spec = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _spec = ScenarioLoader.LoadOrThrow(Path.Combine(CaseRunBenchmark.RepoRoot(), "scenarios", "barlingmascakeb.json"));

    [Benchmark(Description = "BARLINGMASCAKEB ensemble of 2000 runs", OperationsPerInvoke = Runs)]
    public int Ensemble() => KadSim.Experiments.Ensemble.Run(_spec, Runs, 1, Threads).Length;
}
