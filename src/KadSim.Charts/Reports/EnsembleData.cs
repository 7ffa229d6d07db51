using KadSim.Engine;
using KadSim.Events;
using KadSim.Experiments;
using KadSim.Observation;
using KadSim.Scenario;
using KadSim.State;
using KadSim.Time;

namespace KadSim.Charts.Reports;

/// <summary>An ensemble run in memory for charts: each run's summary, monthly series and auction record.</summary>
public sealed class EnsembleData
{
    private EnsembleData(ScenarioSpec spec, ulong seed, RunSummary[] summaries, BodySeries[] series, double[][][] trust, YearMonth[] trustDates, Dictionary<int, (double Sum, int Count)>[] auctions)
    {
        Spec = spec;
        Seed = seed;
        Summaries = summaries;
        Series = series;
        TrustAt = trust;
        TrustDates = trustDates;
        Auctions = auctions;
        Calendar = new Calendar(spec.Start!.Value, spec.End!.Value);
    }

    public ScenarioSpec Spec { get; }
    public ulong Seed { get; }
    public Calendar Calendar { get; }
    public RunSummary[] Summaries { get; }
    public BodySeries[] Series { get; }
    /// <summary>Per run, per trust date: trust among the main body's members (row-major, members × members).</summary>
    public double[][][] TrustAt { get; }
    /// <summary>Months at which trust among members was recorded (the last is the end of the run).</summary>
    public YearMonth[] TrustDates { get; }
    /// <summary>Per run: auction value and count by year.</summary>
    public Dictionary<int, (double Sum, int Count)>[] Auctions { get; }

    public int Runs => Summaries.Length;
    public bool[] NeverDormant => [.. Summaries.Select(s => s.Main.DormantYear is null)];

    public string[] MemberNames
    {
        get
        {
            var body = Spec.Bodies[0];
            return [.. body.Members.Select(m => m.Region!)];
        }
    }

    /// <param name="trustDates">Months at which to record trust among members (within the run); the end is always added.</param>
    public static EnsembleData Run(ScenarioSpec spec, int runs, ulong seed, int? threads = null, IReadOnlyList<YearMonth>? trustDates = null)
    {
        var dates = Dates(spec, trustDates);
        var results = Ensemble.Map(spec, runs, seed, sim => Measure(sim, dates), threads);
        return From(spec, seed, dates, results);
    }

    /// <summary>One run, as <c>kadsim run</c> made it (seed and run index from its manifest).</summary>
    public static EnsembleData Single(ScenarioSpec spec, ulong seed, int run, IReadOnlyList<YearMonth>? trustDates = null)
    {
        var dates = Dates(spec, trustDates);
        return From(spec, seed, dates, [Measure(new Simulation(spec, seed, run), dates)]);
    }

    private static YearMonth[] Dates(ScenarioSpec spec, IReadOnlyList<YearMonth>? dates) =>
        [.. (dates ?? []).Where(d => d >= spec.Start!.Value && d < spec.End!.Value).Distinct().Order(), spec.End!.Value];

    private static EnsembleData From(ScenarioSpec spec, ulong seed, YearMonth[] dates, (RunSummary summary, BodySeries, double[][] trust, Dictionary<int, (double, int)> auctions)[] results) =>
        new(spec, seed, [.. results.Select(r => r.summary)], [.. results.Select(r => r.Item2)],
            [.. results.Select(r => r.trust)], dates, [.. results.Select(r => r.auctions)]);

    private static (RunSummary summary, BodySeries, double[][] trust, Dictionary<int, (double, int)> auctions) Measure(Simulation sim, YearMonth[] dates)
    {
        {
            var probe = new Probe(sim.World, dates);
            var summary = sim.RunToEnd(probe);
            var w = sim.World;
            var trust = probe.Trust;
            var auctions = new Dictionary<int, (double, int)>();
            foreach (var e in w.Events.AsSpan())
            {
                if (e.Kind != EventKind.AuctionHeld || e.Body != 0) continue;
                int y = w.Calendar.YearAt(e.Tick);
                var (s, c) = auctions.GetValueOrDefault(y);
                auctions[y] = (s + e.Value, c + 1);
            }
            return (summary, probe.Series.Series!, trust, auctions);
        }
    }

    /// <summary>Mean trust matrix over runs at trust date <paramref name="date"/> (default: the end); NaN on the diagonal.</summary>
    public double[,] MeanTrust(int date = -1)
    {
        int d = date < 0 ? TrustDates.Length - 1 : date;
        int n = MemberNames.Length;
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                m[i, j] = i == j ? double.NaN : TrustAt.Average(t => t[d][i * n + j]);
        return m;
    }

    /// <summary>Records the series every month and trust among members at the chosen dates.</summary>
    private sealed class Probe(World world, YearMonth[] dates) : ITickObserver
    {
        private readonly int[] _ticks = [.. dates.Select(d => world.Calendar.TickOf(d))];

        public SeriesRecorder Series { get; } = new();
        public double[][] Trust { get; } = new double[dates.Length][];

        public void Begin(World w) => Series.Begin(w);

        public void AfterTick(World w)
        {
            Series.AfterTick(w);
            int k = Array.IndexOf(_ticks, w.Tick);
            if (k >= 0) Trust[k] = MemberTrust(w);
        }
    }

    private static double[] MemberTrust(World w)
    {
        var m = w.Members;
        int first = w.Bodies.MemberStart[0], n = w.Bodies.MemberStart[1] - first;
        var t = new double[n * n];
        for (int x = 0; x < n; x++)
            for (int y = 0; y < n; y++)
                t[x * n + y] = x == y ? double.NaN : w.Trust.Trust(m.Region[first + x], m.Region[first + y]);
        return t;
    }
}
