using KadSim.State;

namespace KadSim.Observation;

/// <summary>
/// Copies the state of every region and body after each tick into columnar chunks and hands full chunks
/// to an <see cref="ITraceWriter"/>. The copy loops are allocation-free; chunks are allocated once.
/// </summary>
public sealed class TraceRecorder : ITickObserver
{
    private readonly ITraceWriter _writer;
    private readonly int _chunkRows;
    private RegionTraceChunk? _regions;
    private BodyTraceChunk? _bodies;

    public TraceRecorder(ITraceWriter writer, int chunkRows = 1 << 16)
    {
        _writer = writer;
        _chunkRows = Math.Max(1, chunkRows);
    }

    public void Begin(World world)
    {
        _regions = new RegionTraceChunk(Math.Max(_chunkRows, world.Regions.Count));
        _bodies = new BodyTraceChunk(Math.Max(_chunkRows, world.Bodies.Count));
        world.Trust.ReverseEdges(); // built here (trust_in), not in the first tick

        _writer.Open(world);
    }

    public void AfterTick(World w)
    {
        var rc = _regions!;
        if (rc.Count + w.Regions.Count > rc.Capacity) Flush();
        var r = w.Regions;
        for (int i = 0; i < r.Count; i++)
        {
            int k = rc.Count++;
            rc.Tick[k] = w.Tick;
            rc.Region[k] = i;
            rc.HeadId[k] = r.HeadId[i];
            rc.HeadTerm[k] = r.HeadTerm[i];
            rc.HeadTenure[k] = r.HeadTenure[i];
            rc.Commitment[k] = r.Commitment[i];
            rc.TrustOut[k] = Metrics.MeanTrustOut(w, i);
            rc.TrustIn[k] = Metrics.MeanTrustIn(w, i);
            rc.BudgetRemaining[k] = r.BudgetRemaining[i];
            rc.DuesPaid[k] = r.DuesPaid[i];
            rc.Income[k] = r.Income[i];
            rc.Spending[k] = r.Spending[i];
            rc.SocialCapital[k] = r.SocialCapital[i];
            rc.StaffCapacity[k] = r.StaffCapacity[i];
            rc.FailureMemory[k] = r.FailureMemory[i];
            rc.Benefit[k] = r.Benefit[i];
        }

        var bc = _bodies!;
        if (bc.Count + w.Bodies.Count > bc.Capacity) FlushBodies();
        var b = w.Bodies;
        for (int j = 0; j < b.Count; j++)
        {
            int k = bc.Count++;
            bc.Tick[k] = w.Tick;
            bc.Body[k] = j;
            bc.Status[k] = (byte)b.Status[j];
            bc.Funds[k] = b.Funds[j];
            bc.IncomeDues[k] = b.IncomeDues[j];
            bc.IncomeGrants[k] = b.IncomeGrants[j];
            bc.Spending[k] = b.Spending[j];
            bc.ActiveMembers[k] = b.ActiveMembers[j];
            bc.Attendance[k] = b.LastAttendance[j];
            bc.MeanTrust[k] = Metrics.MeanTrustAmongMembers(w, j);
            bc.MeanCommitment[k] = Metrics.MeanCommitmentOfMembers(w, j);
            bc.UnfundedMonths[k] = b.UnfundedMonths[j];
            bc.Stage[k] = (byte)b.Stage[j];
            bc.Integration[k] = b.Integration[j];
            bc.ManagerTrust[k] = b.ManagerTrust[j];
            bc.Execution[k] = b.Execution[j];
            bc.Marketing[k] = b.Marketing[j];
            bc.CostFactor[k] = b.CostFactor[j];
            bc.IncomeOwn[k] = b.IncomeOwn[j];
            bc.AuctionValue[k] = b.AuctionValue[j];
            bc.AuctionRealised[k] = b.AuctionRealised[j];
            bc.Benefit[k] = b.Benefit[j];
        }
    }

    public void End(World world)
    {
        Flush();
        FlushBodies();
        _writer.Complete(world);
    }

    private void Flush()
    {
        if (_regions is not { Count: > 0 } rc) return;
        _writer.WriteRegions(rc);
        rc.Count = 0;
    }

    private void FlushBodies()
    {
        if (_bodies is not { Count: > 0 } bc) return;
        _writer.WriteBodies(bc);
        bc.Count = 0;
    }
}
