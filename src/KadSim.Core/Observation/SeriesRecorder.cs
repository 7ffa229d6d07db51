using KadSim.State;

namespace KadSim.Observation;

/// <summary>Records the main (first) body's monthly series during a run. Allocates once, in Begin.</summary>
public sealed class SeriesRecorder : ITickObserver
{
    private readonly int _body;

    public SeriesRecorder(int body = 0) => _body = body;

    public BodySeries? Series { get; private set; }

    public void Begin(World world) => Series = new BodySeries(world.Calendar.Ticks);

    public void AfterTick(World w)
    {
        var s = Series!;
        var b = w.Bodies;
        int t = w.Tick, k = _body;
        s.Status[t] = (byte)b.Status[k];
        s.Funds[t] = b.Funds[k];
        s.DuesIncome[t] = b.IncomeDues[k];
        s.AuctionValue[t] = b.AuctionValue[k];
        s.Benefit[t] = b.Benefit[k];
        s.MeanCommitment[t] = Metrics.MeanCommitmentOfMembers(w, k);
        s.MeanTrust[t] = Metrics.MeanTrustAmongMembers(w, k);
        s.Attendance[t] = b.LastAttendance[k];
        s.ManagerTrust[t] = b.ManagerTrust[k];
        s.Stage[t] = (byte)b.Stage[k];
    }
}
