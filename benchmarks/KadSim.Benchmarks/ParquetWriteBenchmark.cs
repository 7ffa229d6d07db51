using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KadSim.IO.Output;
using KadSim.Observation;
using KadSim.State;

namespace KadSim.Benchmarks;

/// <summary>
/// Parquet trace writing: a <see cref="TraceRecorder"/> (copying every region and body row into columnar chunks,
/// with the derived trust columns) feeding a <see cref="ParquetTraceWriter"/> into a temporary run folder, for a
/// generated world of 10 000 regions (2 498 bodies) recorded at 120 ticks, then the event log. The world is run to
/// 2012-12 beforehand so the rows hold realistic values; only recording and writing are timed. Rows/s counts
/// region, body and event rows.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class ParquetWriteBenchmark
{
    public const int Ticks = 120;
    public const int Regions = 10_000;
    private World _world = null!;
    private string _dir = "";
    private static long _rows;

    [GlobalSetup]
    public void Setup()
    {
        var sim = Worlds.Simulation(Worlds.Spec(Regions), 1);
        for (int t = 0; t < 120; t++) sim.Step();
        _world = sim.World;
        _rows = (long)Ticks * (_world.Regions.Count + _world.Bodies.Count) + _world.Events.Count;
    }

    [IterationSetup]
    public void Folder() => _dir = Path.Combine(Path.GetTempPath(), "kadsim-parquet-bench-" + Guid.NewGuid().ToString("N"));

    [IterationCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Benchmark(Description = "TraceRecorder → ParquetTraceWriter, 10 000 regions × 120 ticks + events")]
    public long Write()
    {
        var folder = RunFolder.Prepare(_dir, force: true);
        using var writer = new ParquetTraceWriter(folder);
        var recorder = new TraceRecorder(writer);
        int tick = _world.Tick;
        recorder.Begin(_world);
        for (int t = 0; t < Ticks; t++)
        {
            _world.Tick = t; // the same state recorded as 120 months: rows as the writer sees them
            recorder.AfterTick(_world);
        }
        recorder.End(_world);
        _world.Tick = tick;
        return new FileInfo(Path.Combine(_dir, TraceTables.RegionTicks + RunFolder.PartialSuffix)).Length;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RowsColumn());
    }

    private sealed class RowsColumn : IColumn
    {
        public string Id => nameof(RowsColumn);
        public string ColumnName => "M rows/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Million rows (region, body and event rows) written per second";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (summary[benchmarkCase]?.ResultStatistics is not { } stats) return "?";
            // Rows are counted in the benchmark process; recompute them here from the same world.
            long rows = RowsOfTheBenchmark();
            return (rows / (stats.Mean / 1e9) / 1e6).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Rows one operation writes (computed the same way in the host process for the column).</summary>
    internal static long RowsOfTheBenchmark()
    {
        if (_rows > 0) return _rows;
        var sim = Worlds.Simulation(Worlds.Spec(Regions), 1);
        for (int t = 0; t < 120; t++) sim.Step();
        return _rows = (long)Ticks * (sim.World.Regions.Count + sim.World.Bodies.Count) + sim.World.Events.Count;
    }
}
