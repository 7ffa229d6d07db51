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
    private EnsembleData(ScenarioSpec spec, ulong seed, RunSummary[] summaries, BodySeries[] series, double[][] trustAtEnd, Dictionary<int, (double Sum, int Count)>[] auctions)
    {
        Spec = spec;
        Seed = seed;
        Summaries = summaries;
        Series = series;
        TrustAtEnd = trustAtEnd;
        Auctions = auctions;
        Calendar = new Calendar(spec.Start!.Value, spec.End!.Value);
    }

    public ScenarioSpec Spec { get; }
    public ulong Seed { get; }
    public Calendar Calendar { get; }
    public RunSummary[] Summaries { get; }
    public BodySeries[] Series { get; }
    /// <summary>Per run: trust among the main body's members (row-major, members × members) at the end.</summary>
    public double[][] TrustAtEnd { get; }
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

    public static EnsembleData Run(ScenarioSpec spec, int runs, ulong seed, int? threads = null)
    {
        var results = Ensemble.Map(spec, runs, seed, Measure, threads);
        return From(spec, seed, results);
    }

    /// <summary>One run, as <c>kadsim run</c> made it (seed and run index from its manifest).</summary>
    public static EnsembleData Single(ScenarioSpec spec, ulong seed, int run) =>
        From(spec, seed, [Measure(new Simulation(spec, seed, run))]);

    private static EnsembleData From(ScenarioSpec spec, ulong seed, (RunSummary summary, BodySeries, double[] trust, Dictionary<int, (double, int)> auctions)[] results) =>
        new(spec, seed, [.. results.Select(r => r.summary)], [.. results.Select(r => r.Item2)],
            [.. results.Select(r => r.trust)], [.. results.Select(r => r.auctions)]);

    private static (RunSummary summary, BodySeries, double[] trust, Dictionary<int, (double, int)> auctions) Measure(Simulation sim)
    {
        {
            var rec = new SeriesRecorder();
            var summary = sim.RunToEnd(rec);
            var w = sim.World;
            var trust = MemberTrust(w);
            var auctions = new Dictionary<int, (double, int)>();
            foreach (var e in w.Events.AsSpan())
            {
                if (e.Kind != EventKind.AuctionHeld || e.Body != 0) continue;
                int y = w.Calendar.YearAt(e.Tick);
                var (s, c) = auctions.GetValueOrDefault(y);
                auctions[y] = (s + e.Value, c + 1);
            }
            return (summary, rec.Series!, trust, auctions);
        }
    }

    /// <summary>Mean trust matrix over runs (members × members; NaN on the diagonal).</summary>
    public double[,] MeanTrust()
    {
        int n = MemberNames.Length;
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                m[i, j] = i == j ? double.NaN : TrustAtEnd.Average(t => t[i * n + j]);
        return m;
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
