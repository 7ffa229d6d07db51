using KadSim.Scenario;

namespace KadSim.State;

/// <summary>Central-government incentive schemes (brief §2).</summary>
public sealed class IncentiveColumns
{
    public IncentiveColumns(int count)
    {
        Count = count;
        StartTick = new int[count];
        EndTick = new int[count];
        MonthlyAmount = new double[count];
        MinStage = new NetworkStage[count];
    }

    public int Count { get; }
    public int[] StartTick { get; }
    public int[] EndTick { get; }
    /// <summary>Per qualifying body per month, Rupiah.</summary>
    public double[] MonthlyAmount { get; }
    public NetworkStage[] MinStage { get; }
}
