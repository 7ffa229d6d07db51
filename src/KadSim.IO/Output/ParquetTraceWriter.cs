using KadSim.Events;
using KadSim.Observation;
using KadSim.Scenario;
using KadSim.State;
using Parquet;
using Parquet.Schema;

namespace KadSim.IO.Output;

/// <summary>
/// Writes a run's trace as three Parquet tables in a <see cref="RunFolder"/> (<see cref="TraceTables"/>): one row
/// group per chunk for <c>region_ticks</c> and <c>body_ticks</c>, and <c>events</c> from the event log at the end.
/// Columns are written straight from the chunk arrays (slices of length <c>chunk.Count</c>); the only per-row work
/// is gathering year, month, date, id and name strings into buffers that are reused chunk after chunk.
/// Files are written under their partial names; <see cref="RunFolder.Commit"/> publishes them.
/// </summary>
public sealed class ParquetTraceWriter : ITraceWriter, IDisposable
{
    /// <summary>Rows per row group of the events table.</summary>
    public const int EventRowGroupRows = 1 << 16;

    private readonly RunFolder _folder;
    private readonly int _run;
    private readonly CancellationToken _ct;

    // Columns shared by the three tables.
    private readonly DataField<int> _fRun = new("run");
    private readonly DataField<int> _fTick = new("tick");
    private readonly DataField<int> _fYear = new("year");
    private readonly DataField<int> _fMonth = new("month");
    private readonly DataField<DateOnly> _fDate = new("date");

    // region_ticks
    private readonly DataField<string> _fRegion = new("region", nullable: false);
    private readonly DataField<int> _fRegionIndex = new("region_index");
    private readonly DataField<int> _fHeadId = new("head_id");
    private readonly DataField<int> _fHeadTerm = new("head_term");
    private readonly DataField<int> _fHeadTenure = new("head_tenure_months");
    private readonly DataField<double> _fCommitment = new("commitment");
    private readonly DataField<double> _fTrustOut = new("trust_out");
    private readonly DataField<double> _fTrustIn = new("trust_in");
    private readonly DataField<double> _fBudgetRemaining = new("budget_remaining");
    private readonly DataField<double> _fDuesPaid = new("dues_paid");
    private readonly DataField<double> _fIncome = new("income");
    private readonly DataField<double> _fRegionSpending = new("spending");
    private readonly DataField<double> _fSocialCapital = new("social_capital");
    private readonly DataField<double> _fStaffCapacity = new("staff_capacity");
    private readonly DataField<double> _fFailureMemory = new("failure_memory");
    private readonly DataField<double> _fRegionBenefit = new("benefit");

    // body_ticks
    private readonly DataField<string> _fBody = new("body", nullable: false);
    private readonly DataField<int> _fBodyIndex = new("body_index");
    private readonly DataField<string> _fStatus = new("status", nullable: false);
    private readonly DataField<double> _fFunds = new("funds");
    private readonly DataField<double> _fIncomeDues = new("income_dues");
    private readonly DataField<double> _fIncomeGrants = new("income_grants");
    private readonly DataField<double> _fBodySpending = new("spending");
    private readonly DataField<int> _fActiveMembers = new("active_members");
    private readonly DataField<double> _fAttendance = new("attendance");
    private readonly DataField<double> _fMeanTrust = new("mean_trust");
    private readonly DataField<double> _fMeanCommitment = new("mean_commitment");
    private readonly DataField<int> _fUnfundedMonths = new("unfunded_months");
    private readonly DataField<string> _fStage = new("stage", nullable: false);
    private readonly DataField<double> _fIntegration = new("integration");
    private readonly DataField<double> _fManagerTrust = new("manager_trust");
    private readonly DataField<double> _fExecution = new("execution");
    private readonly DataField<double> _fMarketing = new("marketing");
    private readonly DataField<double> _fCostFactor = new("cost_factor");
    private readonly DataField<double> _fIncomeOwn = new("income_own");
    private readonly DataField<double> _fAuctionValue = new("auction_value");
    private readonly DataField<double> _fAuctionRealised = new("auction_realised");
    private readonly DataField<double> _fBodyBenefit = new("benefit");

    // events
    private readonly DataField<string> _fKind = new("kind", nullable: false);
    private readonly DataField<string> _fEventRegion = new("region", nullable: true);
    private readonly DataField<string> _fEventBody = new("body", nullable: true);
    private readonly DataField<double> _fValue = new("value");
    private readonly DataField<string> _fDetail = new("detail", nullable: true);
    private readonly DataField<int?> _fGrant = new("grant");
    private readonly DataField<string> _fProgramme = new("programme", nullable: true);

    private ParquetTable? _regions;
    private ParquetTable? _bodies;
    private ParquetTable? _events;
    private bool _completed;

    // Per tick of the run, computed once in Open.
    private int[] _yearOf = [];
    private int[] _monthOf = [];
    private DateOnly[] _dateOf = [];
    private string[] _regionIds = [];
    private string[] _bodyIds = [];

    // Per-row buffers, grown to the chunk capacity once and then reused.
    private int[] _runColumn = [];
    private int[] _year = [];
    private int[] _month = [];
    private DateOnly[] _date = [];
    private string?[] _text1 = [];
    private string?[] _text2 = [];
    private string?[] _text3 = [];

    /// <param name="folder">Where the partial files go.</param>
    /// <param name="run">Run index, written in the <c>run</c> column of every table.</param>
    /// <param name="ct">Cancels writing (the file is then left for <see cref="RunFolder.Abandon"/>).</param>
    public ParquetTraceWriter(RunFolder folder, int run = 0, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = folder;
        _run = run;
        _ct = ct;
    }

    /// <summary>The tables and their row counts; complete once <see cref="Complete"/> has returned.</summary>
    public IReadOnlyList<RunOutput> Outputs =>
        [new(TraceTables.RegionTicks, _regions?.Rows ?? 0), new(TraceTables.BodyTicks, _bodies?.Rows ?? 0), new(TraceTables.Events, _events?.Rows ?? 0)];

    /// <summary>True once every table is written and closed.</summary>
    public bool IsComplete => _completed;

    public void Open(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        if (_regions is not null) throw new InvalidOperationException("the trace writer is already open");

        var cal = world.Calendar;
        int ticks = cal.Ticks;
        _yearOf = new int[ticks];
        _monthOf = new int[ticks];
        _dateOf = new DateOnly[ticks];
        for (int t = 0; t < ticks; t++)
        {
            _yearOf[t] = cal.YearAt(t);
            _monthOf[t] = cal.MonthAt(t);
            _dateOf[t] = new DateOnly(_yearOf[t], _monthOf[t], 1);
        }
        _regionIds = world.Regions.Ids;
        _bodyIds = world.Bodies.Ids;

        using var _ = NoSynchronizationContext.Enter();
        try
        {
            _regions = new ParquetTable(TraceTables.RegionTicks, _folder.PartialPath(TraceTables.RegionTicks), new ParquetSchema(
                _fRun, _fTick, _fYear, _fMonth, _fDate, _fRegion, _fRegionIndex, _fHeadId, _fHeadTerm, _fHeadTenure,
                _fCommitment, _fTrustOut, _fTrustIn, _fBudgetRemaining, _fDuesPaid, _fIncome, _fRegionSpending,
                _fSocialCapital, _fStaffCapacity, _fFailureMemory, _fRegionBenefit), _ct);
            _bodies = new ParquetTable(TraceTables.BodyTicks, _folder.PartialPath(TraceTables.BodyTicks), new ParquetSchema(
                _fRun, _fTick, _fYear, _fMonth, _fDate, _fBody, _fBodyIndex, _fStatus, _fFunds, _fIncomeDues,
                _fIncomeGrants, _fBodySpending, _fActiveMembers, _fAttendance, _fMeanTrust, _fMeanCommitment,
                _fUnfundedMonths, _fStage, _fIntegration, _fManagerTrust, _fExecution, _fMarketing, _fCostFactor,
                _fIncomeOwn, _fAuctionValue, _fAuctionRealised, _fBodyBenefit), _ct);
            _events = new ParquetTable(TraceTables.Events, _folder.PartialPath(TraceTables.Events), new ParquetSchema(
                _fRun, _fTick, _fYear, _fMonth, _fDate, _fKind, _fEventRegion, _fEventBody, _fValue, _fDetail, _fGrant,
                _fProgramme), _ct);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void WriteRegions(RegionTraceChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var table = _regions ?? throw NotOpen();
        int n = chunk.Count;
        if (n == 0) return;
        Reserve(chunk.Capacity);
        FillCalendar(chunk.Tick, n);
        var ids = _text1;
        for (int k = 0; k < n; k++) ids[k] = _regionIds[chunk.Region[k]];

        using var _ = NoSynchronizationContext.Enter();
        using var rg = table.RowGroup(n);
        Write(rg, _fRun, _runColumn, n);
        Write(rg, _fTick, chunk.Tick, n);
        Write(rg, _fYear, _year, n);
        Write(rg, _fMonth, _month, n);
        Write(rg, _fDate, _date, n);
        WriteText(rg, _fRegion, ids, n);
        Write(rg, _fRegionIndex, chunk.Region, n);
        Write(rg, _fHeadId, chunk.HeadId, n);
        Write(rg, _fHeadTerm, chunk.HeadTerm, n);
        Write(rg, _fHeadTenure, chunk.HeadTenure, n);
        Write(rg, _fCommitment, chunk.Commitment, n);
        Write(rg, _fTrustOut, chunk.TrustOut, n);
        Write(rg, _fTrustIn, chunk.TrustIn, n);
        Write(rg, _fBudgetRemaining, chunk.BudgetRemaining, n);
        Write(rg, _fDuesPaid, chunk.DuesPaid, n);
        Write(rg, _fIncome, chunk.Income, n);
        Write(rg, _fRegionSpending, chunk.Spending, n);
        Write(rg, _fSocialCapital, chunk.SocialCapital, n);
        Write(rg, _fStaffCapacity, chunk.StaffCapacity, n);
        Write(rg, _fFailureMemory, chunk.FailureMemory, n);
        Write(rg, _fRegionBenefit, chunk.Benefit, n);
        rg.CompleteValidate();
    }

    public void WriteBodies(BodyTraceChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var table = _bodies ?? throw NotOpen();
        int n = chunk.Count;
        if (n == 0) return;
        Reserve(chunk.Capacity);
        FillCalendar(chunk.Tick, n);
        var ids = _text1;
        var status = _text2;
        var stage = _text3;
        for (int k = 0; k < n; k++)
        {
            ids[k] = _bodyIds[chunk.Body[k]];
            status[k] = TraceText.StatusNames[chunk.Status[k]];
            stage[k] = TraceText.StageNames[chunk.Stage[k]];
        }

        using var _ = NoSynchronizationContext.Enter();
        using var rg = table.RowGroup(n);
        Write(rg, _fRun, _runColumn, n);
        Write(rg, _fTick, chunk.Tick, n);
        Write(rg, _fYear, _year, n);
        Write(rg, _fMonth, _month, n);
        Write(rg, _fDate, _date, n);
        WriteText(rg, _fBody, ids, n);
        Write(rg, _fBodyIndex, chunk.Body, n);
        WriteText(rg, _fStatus, status, n);
        Write(rg, _fFunds, chunk.Funds, n);
        Write(rg, _fIncomeDues, chunk.IncomeDues, n);
        Write(rg, _fIncomeGrants, chunk.IncomeGrants, n);
        Write(rg, _fBodySpending, chunk.Spending, n);
        Write(rg, _fActiveMembers, chunk.ActiveMembers, n);
        Write(rg, _fAttendance, chunk.Attendance, n);
        Write(rg, _fMeanTrust, chunk.MeanTrust, n);
        Write(rg, _fMeanCommitment, chunk.MeanCommitment, n);
        Write(rg, _fUnfundedMonths, chunk.UnfundedMonths, n);
        WriteText(rg, _fStage, stage, n);
        Write(rg, _fIntegration, chunk.Integration, n);
        Write(rg, _fManagerTrust, chunk.ManagerTrust, n);
        Write(rg, _fExecution, chunk.Execution, n);
        Write(rg, _fMarketing, chunk.Marketing, n);
        Write(rg, _fCostFactor, chunk.CostFactor, n);
        Write(rg, _fIncomeOwn, chunk.IncomeOwn, n);
        Write(rg, _fAuctionValue, chunk.AuctionValue, n);
        Write(rg, _fAuctionRealised, chunk.AuctionRealised, n);
        Write(rg, _fBodyBenefit, chunk.Benefit, n);
        rg.CompleteValidate();
    }

    /// <summary>Writes the event log, then finishes and closes all three files.</summary>
    public void Complete(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var table = _events ?? throw NotOpen();
        if (_completed) throw new InvalidOperationException("the trace is already complete");

        using (NoSynchronizationContext.Enter())
        {
            WriteEvents(table, world);
            _regions!.Finish();
            _bodies!.Finish();
            table.Finish();
        }
        _completed = true;
    }

    /// <summary>Closes the files. If <see cref="Complete"/> did not run they are incomplete: abandon the folder.</summary>
    public void Dispose()
    {
        _regions?.Dispose();
        _bodies?.Dispose();
        _events?.Dispose();
    }

    private void WriteEvents(ParquetTable table, World world)
    {
        var events = world.Events;
        int total = events.Count;
        if (total == 0) return;
        int size = Math.Min(total, EventRowGroupRows);
        Reserve(size);
        var tick = new int[size];
        var value = new double[size];
        var grant = new int?[size];
        var kind = new string?[size];
        var region = _text1;
        var body = _text2;
        var detail = new string?[size];
        var programme = _text3;
        var provinceIds = world.Provinces.Ids;
        var programmeIds = world.Programmes.Ids;

        for (int start = 0; start < total; start += size)
        {
            var span = events.Since(start);
            int n = Math.Min(size, span.Length);
            for (int k = 0; k < n; k++)
            {
                ref readonly var e = ref span[k];
                tick[k] = e.Tick;
                if ((uint)e.Tick < (uint)_yearOf.Length)
                {
                    _year[k] = _yearOf[e.Tick];
                    _month[k] = _monthOf[e.Tick];
                    _date[k] = _dateOf[e.Tick];
                }
                else
                {
                    // Logged outside the run's months (e.g. while building the world, tick -1).
                    var cal = world.Calendar;
                    _year[k] = cal.YearAt(e.Tick);
                    _month[k] = cal.MonthAt(e.Tick);
                    _date[k] = new DateOnly(_year[k], _month[k], 1);
                }
                kind[k] = TraceText.Kind(e.Kind);
                region[k] = e.Region >= 0 ? _regionIds[e.Region] : null;
                body[k] = e.Body >= 0 ? _bodyIds[e.Body] : null;
                value[k] = e.Value;
                // SimEvent.Grant holds a grant index for grant kinds and a programme index for programme kinds.
                grant[k] = TraceText.Grant(e);
                programme[k] = TraceText.Programme(e, programmeIds);
                detail[k] = TraceText.Detail(e, provinceIds);
            }

            using var rg = table.RowGroup(n);
            Write(rg, _fRun, _runColumn, n);
            Write(rg, _fTick, tick, n);
            Write(rg, _fYear, _year, n);
            Write(rg, _fMonth, _month, n);
            Write(rg, _fDate, _date, n);
            WriteText(rg, _fKind, kind, n);
            WriteText(rg, _fEventRegion, region, n);
            WriteText(rg, _fEventBody, body, n);
            Write(rg, _fValue, value, n);
            WriteText(rg, _fDetail, detail, n);
            rg.WriteAsync(_fGrant, new ReadOnlyMemory<int?>(grant, 0, n), cancellationToken: _ct).GetAwaiter().GetResult();
            WriteText(rg, _fProgramme, programme, n);
            rg.CompleteValidate();
        }
    }

    private void Write<T>(ParquetRowGroupWriter rg, DataField<T> field, T[] values, int n) where T : struct =>
        rg.WriteAsync(field, new ReadOnlyMemory<T>(values, 0, n), cancellationToken: _ct).GetAwaiter().GetResult();

    private static void WriteText(ParquetRowGroupWriter rg, DataField<string> field, string?[] values, int n) =>
        rg.WriteAsync(field, new ArraySegment<string>(values!, 0, n)).GetAwaiter().GetResult();

    private void FillCalendar(int[] ticks, int n)
    {
        for (int k = 0; k < n; k++)
        {
            int t = ticks[k];
            _year[k] = _yearOf[t];
            _month[k] = _monthOf[t];
            _date[k] = _dateOf[t];
        }
    }

    /// <summary>Grows the per-row buffers to <paramref name="rows"/> (in practice once, to the chunk capacity).</summary>
    private void Reserve(int rows)
    {
        if (_year.Length >= rows) return;
        _runColumn = new int[rows];
        Array.Fill(_runColumn, _run);
        _year = new int[rows];
        _month = new int[rows];
        _date = new DateOnly[rows];
        _text1 = new string?[rows];
        _text2 = new string?[rows];
        _text3 = new string?[rows];
    }

    private static InvalidOperationException NotOpen() => new("the trace writer is not open (Open was not called)");
}
