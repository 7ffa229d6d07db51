using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KadSim.Engine;

namespace KadSim.Benchmarks;

/// <summary>
/// Region-ticks per second of the full model on one core: generated worlds of 1 k to 1 M regions (mean trust degree
/// 10, <see cref="Generation.ScenarioGenerator"/>), each run for its 240 monthly ticks (2003–2022) with no observer.
/// Building the world is excluded (IterationSetup). Small worlds run several replications per iteration so an
/// iteration lasts long enough to time; the "M region-ticks/s" column is regions × 240 × runs ÷ mean time. Linear
/// scaling (2× regions ⇒ at most 2.2× time) is read off the 500 k and 1 M rows.
/// </summary>
[Config(typeof(Config))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class RegionTicksBenchmark
{
    public const int Ticks = 240;
    private Simulation[] _runs = [];

    /// <summary>1 k to 1 M as issue 6 asks, and 500 k: 500 k → 1 M is the doubling that tests linear scaling.</summary>
    [Params(1_000, 10_000, 100_000, 500_000, 1_000_000)]
    public int Regions { get; set; }

    /// <summary>Replications per iteration: about a hundred thousand regions' worth.</summary>
    public static int RunsPerIteration(int regions) => Math.Max(1, 100_000 / regions);

    [GlobalSetup]
    public void Setup() => Worlds.Spec(Regions);

    [IterationSetup]
    public void Build()
    {
        _runs = null!;
        GC.Collect();
        var spec = Worlds.Spec(Regions);
        _runs = new Simulation[RunsPerIteration(Regions)];
        for (int r = 0; r < _runs.Length; r++) _runs[r] = Worlds.Simulation(spec, 1, r);
    }

    [Benchmark(Description = "generated world, 240 ticks")]
    public int Run()
    {
        int ticks = 0;
        foreach (var sim in _runs)
            while (!sim.Finished) { sim.Step(); ticks++; }
        return ticks;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RegionTicksColumn());
    }

    /// <summary>Regions × ticks × runs ÷ mean time, in millions per second.</summary>
    private sealed class RegionTicksColumn : IColumn
    {
        public string Id => nameof(RegionTicksColumn);
        public string ColumnName => "M region-ticks/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Million region-ticks per second: regions × 240 ticks × runs per iteration ÷ mean time";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats) return "?";
            int regions = (int)benchmarkCase.Parameters["Regions"];
            double seconds = stats.Mean / 1e9;
            return (regions * (double)Ticks * RunsPerIteration(regions) / seconds / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
