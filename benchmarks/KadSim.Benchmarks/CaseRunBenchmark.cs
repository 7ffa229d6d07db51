using BenchmarkDotNet.Attributes;
using KadSim.Engine;
using KadSim.IO.Scenarios;
using KadSim.Observation;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Benchmarks;

/// <summary>
/// One BARLINGMASCAKEB run: 5 regions, 1 body, 240 monthly ticks (2003–2022), including building the
/// world from the scenario (where all of a run's allocation happens). The tick loop itself allocates
/// nothing (tests/KadSim.Tests/Core/InvariantTests.cs checks it).
/// </summary>
[MemoryDiagnoser]
public class CaseRunBenchmark
{
    private ScenarioSpec _spec = null!;
    private int _run;

    [GlobalSetup]
    public void Setup() => _spec = ScenarioLoader.LoadOrThrow(Path.Combine(RepoRoot(), "scenarios", "barlingmascakeb.json"));

    [Benchmark(Description = "BARLINGMASCAKEB run, summary only")]
    public RunSummary Run() => new Simulation(_spec, 1, _run++).RunToEnd();

    [Benchmark(Description = "BARLINGMASCAKEB run, traces recorded in memory")]
    public RunSummary RunWithTrace() => new Simulation(_spec, 1, _run++).RunToEnd(new TraceRecorder(NullTraceWriter.Instance, chunkRows: 4096));

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KadSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private sealed class NullTraceWriter : ITraceWriter
    {
        public static readonly NullTraceWriter Instance = new();
        public void Open(World world) { }
        public void WriteRegions(RegionTraceChunk chunk) { }
        public void WriteBodies(BodyTraceChunk chunk) { }
        public void Complete(World world) { }
    }
}
