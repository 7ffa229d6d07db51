using System.Globalization;
using KadSim.Events;
using KadSim.IO.Output;
using KadSim.Observation;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim;

/// <summary>
/// Keeps a run's trace in memory as the typed columns <see cref="Traces"/> holds, with the values the Parquet trace
/// writer writes (the same names for statuses, stages, event kinds and details), so a run in memory and the same
/// run read back from its folder compare equal column by column (asserted by the tests).
/// </summary>
internal sealed class MemoryTraceWriter(int run) : ITraceWriter
{
    private readonly Table _regions = new(RegionTicks.Schema);
    private readonly Table _bodies = new(BodyTicks.Schema);
    private readonly Table _events = new(EventTable.Schema);
    private World? _world;
    private bool _complete;

    public void Open(World world) => _world = world;

    public void WriteRegions(RegionTraceChunk c)
    {
        var w = _world ?? throw new InvalidOperationException("not open");
        var ids = w.Regions.Ids;
        for (int k = 0; k < c.Count; k++)
        {
            int t = c.Tick[k];
            _regions.Add(run, t, w.Calendar.YearAt(t), w.Calendar.MonthAt(t), Date(w, t), ids[c.Region[k]], c.Region[k], c.HeadId[k], c.HeadTerm[k], c.HeadTenure[k],
                c.Commitment[k], c.TrustOut[k], c.TrustIn[k], c.BudgetRemaining[k], c.DuesPaid[k], c.Income[k], c.Spending[k], c.SocialCapital[k],
                c.StaffCapacity[k], c.FailureMemory[k], c.Benefit[k]);
        }
    }

    public void WriteBodies(BodyTraceChunk c)
    {
        var w = _world ?? throw new InvalidOperationException("not open");
        var ids = w.Bodies.Ids;
        for (int k = 0; k < c.Count; k++)
        {
            int t = c.Tick[k];
            _bodies.Add(run, t, w.Calendar.YearAt(t), w.Calendar.MonthAt(t), Date(w, t), ids[c.Body[k]], c.Body[k], TraceText.StatusNames[c.Status[k]], c.Funds[k],
                c.IncomeDues[k], c.IncomeGrants[k], c.Spending[k], c.ActiveMembers[k], c.Attendance[k], c.MeanTrust[k], c.MeanCommitment[k],
                c.UnfundedMonths[k], TraceText.StageNames[c.Stage[k]], c.Integration[k], c.ManagerTrust[k], c.Execution[k], c.Marketing[k], c.CostFactor[k],
                c.IncomeOwn[k], c.AuctionValue[k], c.AuctionRealised[k], c.Benefit[k]);
        }
    }

    public void Complete(World w)
    {
        var regionIds = w.Regions.Ids;
        var bodyIds = w.Bodies.Ids;
        var provinceIds = w.Provinces.Ids;
        var programmeIds = w.Programmes.Ids;
        foreach (ref readonly var e in w.Events.AsSpan())
        {
            _events.Add(run, e.Tick, w.Calendar.YearAt(e.Tick), w.Calendar.MonthAt(e.Tick), Date(w, e.Tick), TraceText.Kind(e.Kind),
                e.Region >= 0 ? regionIds[e.Region] : null, e.Body >= 0 ? bodyIds[e.Body] : null, e.Value, TraceText.Detail(e, provinceIds),
                TraceText.Grant(e), TraceText.Programme(e, programmeIds));
        }
        _complete = true;
    }

    public Traces Result()
    {
        if (!_complete) throw new InvalidOperationException("the run has not ended");
        return new Traces(new RegionTicks(_regions.Columns()), new BodyTicks(_bodies.Columns()), new EventTable(_events.Columns()), null);
    }

    private static DateOnly Date(World w, int tick) => new(w.Calendar.YearAt(tick), w.Calendar.MonthAt(tick), 1);


    /// <summary>Rows appended value by value in schema order; each column a typed list.</summary>
    private sealed class Table((string Name, Type Type)[] schema)
    {
        private readonly System.Collections.IList[] _lists =
            [.. schema.Select(c => (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(c.Type))!)];

        public void Add(params object?[] values)
        {
            for (int k = 0; k < _lists.Length; k++) _lists[k].Add(values[k]);
        }

        public Dictionary<string, Array> Columns()
        {
            var columns = new Dictionary<string, Array>(StringComparer.Ordinal);
            for (int k = 0; k < _lists.Length; k++)
            {
                var array = Array.CreateInstance(schema[k].Type, _lists[k].Count);
                _lists[k].CopyTo(array, 0);
                columns[schema[k].Name] = array;
            }
            return columns;
        }
    }
}
