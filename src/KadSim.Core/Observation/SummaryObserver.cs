using KadSim.Events;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Observation;

/// <summary>Accumulates per-body outcomes during a run; allocation happens in Begin and Result only.</summary>
internal sealed class SummaryObserver : ITickObserver
{
    private int[] _monthsActive = [];
    private int[] _firstDormantTick = [];
    private int[] _firstActionTick = [];
    private double[] _dues = [], _grants = [], _own = [], _auction = [], _realised = [], _benefit = [];
    private double[] _execution = [], _costFactor = [], _earlyTrust = [], _firstYear = [];
    private NetworkStage[] _highest = [];

    public void Begin(World world)
    {
        int n = world.Bodies.Count;
        _monthsActive = new int[n];
        _firstDormantTick = new int[n];
        _firstActionTick = new int[n];
        Array.Fill(_firstDormantTick, -1);
        Array.Fill(_firstActionTick, -1);
        _dues = new double[n];
        _grants = new double[n];
        _own = new double[n];
        _auction = new double[n];
        _realised = new double[n];
        _benefit = new double[n];
        _execution = new double[n];
        _costFactor = new double[n];
        _earlyTrust = new double[n];
        _firstYear = new double[n];
        Array.Fill(_earlyTrust, double.NaN);
        _highest = new NetworkStage[n];
    }

    public void AfterTick(World w)
    {
        var b = w.Bodies;
        for (int k = 0; k < b.Count; k++)
        {
            if (b.Status[k] == BodyStatus.Active)
            {
                _monthsActive[k]++;
                _execution[k] += b.Execution[k];
                _costFactor[k] += b.CostFactor[k];
                if (_monthsActive[k] == 24) _earlyTrust[k] = b.ManagerTrust[k];
                if (_monthsActive[k] <= 12) _firstYear[k] += 0.5 * (b.Marketing[k] + b.Execution[k]) / 12;
            }
            if (b.Status[k] == BodyStatus.Dormant && _firstDormantTick[k] < 0) _firstDormantTick[k] = w.Tick;
            if (b.Stage[k] == NetworkStage.Action && _firstActionTick[k] < 0) _firstActionTick[k] = w.Tick;
            if (b.Stage[k] > _highest[k]) _highest[k] = b.Stage[k];
            _dues[k] += b.IncomeDues[k];
            _grants[k] += b.IncomeGrants[k];
            _own[k] += b.IncomeOwn[k];
            _auction[k] += b.AuctionValue[k];
            _realised[k] += b.AuctionRealised[k];
            _benefit[k] += b.Benefit[k];
        }
    }

    public RunSummary Result(World w, ulong seed, int run)
    {
        int n = w.Bodies.Count;
        var held = new int[n];
        var failed = new int[n];
        var paid = new int[n];
        var missed = new int[n];
        var auctions = new int[n];
        var conflicts = new int[n];
        int turnovers = 0;
        foreach (ref readonly var e in w.Events.AsSpan())
        {
            switch (e.Kind)
            {
                case EventKind.MeetingHeld: held[e.Body]++; break;
                case EventKind.MeetingFailedQuorum: failed[e.Body]++; break;
                case EventKind.DuesPaid: paid[e.Body]++; break;
                case EventKind.DuesMissed: missed[e.Body]++; break;
                case EventKind.AuctionHeld: auctions[e.Body]++; break;
                case EventKind.Conflict: conflicts[e.Body]++; break;
                case EventKind.HeadReplaced: turnovers++; break;
            }
        }
        var outcomes = new BodyOutcome[n];
        for (int k = 0; k < n; k++)
        {
            int t = _firstDormantTick[k];
            int active = Math.Max(1, _monthsActive[k]);
            outcomes[k] = new BodyOutcome(w.Bodies.Ids[k], w.Bodies.Status[k], _monthsActive[k],
                t < 0 ? null : w.Calendar.YearAt(t), t < 0 ? null : w.Calendar.MonthAt(t),
                _dues[k], _grants[k], held[k], failed[k], paid[k], missed[k],
                Metrics.MeanTrustAmongMembers(w, k), Metrics.MeanCommitmentOfMembers(w, k))
            {
                AuctionsHeld = auctions[k],
                AuctionValue = _auction[k],
                AuctionRealised = _realised[k],
                OwnRevenue = _own[k],
                BenefitsDelivered = _benefit[k],
                Conflicts = conflicts[k],
                HighestStage = _highest[k],
                FinalStage = w.Bodies.Stage[k],
                MonthsToAction = _firstActionTick[k] < 0 ? null : _firstActionTick[k] - Math.Max(0, w.Bodies.FoundedTick[k]),
                EarlyManagerTrust = double.IsNaN(_earlyTrust[k]) ? w.Bodies.ManagerTrust[k] : _earlyTrust[k],
                FinalManagerTrust = w.Bodies.ManagerTrust[k],
                MeanExecution = _execution[k] / active,
                FirstYearCapacity = _firstYear[k],
                MeanCostFactor = _costFactor[k] / active,
            };
        }
        return new RunSummary(seed, run, w.Tick + 1, turnovers, outcomes);
    }
}
