using KadSim.Events;
using KadSim.State;

namespace KadSim.Observation;

/// <summary>Accumulates per-body outcomes during a run; allocation happens in Begin and Result only.</summary>
internal sealed class SummaryObserver : ITickObserver
{
    private int[] _monthsActive = [];
    private int[] _firstDormantTick = [];
    private double[] _dues = [];
    private double[] _grants = [];

    public void Begin(World world)
    {
        int n = world.Bodies.Count;
        _monthsActive = new int[n];
        _firstDormantTick = new int[n];
        Array.Fill(_firstDormantTick, -1);
        _dues = new double[n];
        _grants = new double[n];
    }

    public void AfterTick(World w)
    {
        var b = w.Bodies;
        for (int k = 0; k < b.Count; k++)
        {
            if (b.Status[k] == BodyStatus.Active) _monthsActive[k]++;
            if (b.Status[k] == BodyStatus.Dormant && _firstDormantTick[k] < 0) _firstDormantTick[k] = w.Tick;
            _dues[k] += b.IncomeDues[k];
            _grants[k] += b.IncomeGrants[k];
        }
    }

    public RunSummary Result(World w, ulong seed, int run)
    {
        int n = w.Bodies.Count;
        var held = new int[n];
        var failed = new int[n];
        var paid = new int[n];
        var missed = new int[n];
        int turnovers = 0;
        foreach (ref readonly var e in w.Events.AsSpan())
        {
            switch (e.Kind)
            {
                case EventKind.MeetingHeld: held[e.Body]++; break;
                case EventKind.MeetingFailedQuorum: failed[e.Body]++; break;
                case EventKind.DuesPaid: paid[e.Body]++; break;
                case EventKind.DuesMissed: missed[e.Body]++; break;
                case EventKind.HeadReplaced: turnovers++; break;
            }
        }
        var outcomes = new BodyOutcome[n];
        for (int k = 0; k < n; k++)
        {
            int t = _firstDormantTick[k];
            outcomes[k] = new BodyOutcome(w.Bodies.Ids[k], w.Bodies.Status[k], _monthsActive[k],
                t < 0 ? null : w.Calendar.YearAt(t), t < 0 ? null : w.Calendar.MonthAt(t),
                _dues[k], _grants[k], held[k], failed[k], paid[k], missed[k],
                Metrics.MeanTrustAmongMembers(w, k), Metrics.MeanCommitmentOfMembers(w, k));
        }
        return new RunSummary(seed, run, w.Tick + 1, turnovers, outcomes);
    }
}
