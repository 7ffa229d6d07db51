using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KadSim.Engine;
using KadSim.Randomness;

namespace KadSim.Benchmarks;

/// <summary>
/// "Speed of light": the least a tick over the same region columns can cost, measured as
/// <see cref="RegionTicksBenchmark"/> measures the full model (same worlds, 240 ticks, same runs per iteration). Each
/// tick relaxes every head's commitment toward its baseline and makes one keyed random draw per region (a staff
/// rotation chance, applied to staff capacity): no bodies, memberships, trust or events. <c>Scalar</c> is the
/// obvious fused loop; <c>Vector</c> is how the engine does these two steps (AVX-512 relaxation, eight draws at a time).
/// </summary>
[Config(typeof(Config))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class SpeedOfLightBenchmark
{
    private Simulation[] _runs = [];

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Regions { get; set; }

    [GlobalSetup]
    public void Setup() => Worlds.Spec(Regions);

    [IterationSetup]
    public void Build()
    {
        _runs = null!;
        GC.Collect();
        var spec = Worlds.Spec(Regions);
        _runs = new Simulation[RegionTicksBenchmark.RunsPerIteration(Regions)];
        for (int r = 0; r < _runs.Length; r++) _runs[r] = Worlds.Simulation(spec, 1, r);
    }

    [Benchmark(Description = "speed of light, scalar: relax + 1 keyed draw per region")]
    public long Scalar()
    {
        long hits = 0;
        foreach (var sim in _runs)
        {
            var w = sim.World;
            var c = w.Regions.Commitment;
            var b = w.Regions.BaselineCommitment;
            var s = w.Regions.StaffCapacity;
            double kappa = w.Parameters.CommitmentRelaxation, keep = 1 - w.Parameters.StaffRotationLoss;
            ulong threshold = KeyedRandom.ChanceThreshold(w.Parameters.StaffRotationRate / 12);
            for (int t = 0; t < RegionTicksBenchmark.Ticks; t++)
            {
                var draws = w.Random.At(RandomStream.Staff, t);
                for (int i = 0; i < c.Length; i++)
                {
                    c[i] += kappa * (b[i] - c[i]);
                    if (draws.Bits(i) >> 11 < threshold) { s[i] *= keep; hits++; }
                }
            }
        }
        return hits;
    }

    [Benchmark(Description = "speed of light, vectorised as in the engine")]
    public long Vector()
    {
        long hits = 0;
        foreach (var sim in _runs)
        {
            var w = sim.World;
            var c = w.Regions.Commitment;
            var s = w.Regions.StaffCapacity;
            double kappa = w.Parameters.CommitmentRelaxation, keep = 1 - w.Parameters.StaffRotationLoss;
            ulong threshold = KeyedRandom.ChanceThreshold(w.Parameters.StaffRotationRate / 12);
            for (int t = 0; t < RegionTicksBenchmark.Ticks; t++)
            {
                VectorDraws.Relax(c, w.Regions.BaselineCommitment, kappa);
                var draws = w.Random.At(RandomStream.Staff, t);
                for (int i = VectorDraws.NextChance(draws, 0, c.Length, threshold); i < c.Length; i = VectorDraws.NextChance(draws, i + 1, c.Length, threshold))
                {
                    s[i] *= keep;
                    hits++;
                }
            }
        }
        return hits;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new Column());
    }

    private sealed class Column : IColumn
    {
        public string Id => nameof(SpeedOfLightBenchmark) + "Column";
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
            if (summary[benchmarkCase]?.ResultStatistics is not { } stats) return "?";
            int regions = (int)benchmarkCase.Parameters["Regions"];
            return (regions * (double)RegionTicksBenchmark.Ticks * RegionTicksBenchmark.RunsPerIteration(regions) / (stats.Mean / 1e9) / 1e6)
                .ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
