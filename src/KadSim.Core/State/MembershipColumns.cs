using KadSim.Scenario;

namespace KadSim.State;

/// <summary>
/// Membership slots, grouped by body (CSR rows: see <see cref="BodyColumns.MemberStart"/>). A slot exists
/// for every membership the scenario ever has; joining and leaving flip <see cref="Active"/>.
/// </summary>
public sealed class MembershipColumns
{
    public MembershipColumns(int count)
    {
        Count = count;
        Body = new int[count];
        Region = new int[count];
        JoinTick = new int[count];
        LeaveTick = new int[count];
        Active = new bool[count];
        Channel = new BudgetChannel[count];
        BanResponse = new BanResponse[count];
        AlternativeChannel = new BudgetChannel[count];
        Founder = new bool[count];
        PaidThisYear = new bool[count];
        DuesPaidTotal = new double[count];
        DuesMissedCount = new int[count];
        Priority = new double[count];
        Potential = new double[count];
        DuesWeight = new double[count];
        PaidThisYearAmount = new double[count];
        OwedThisYear = new bool[count];
        BenefitThisYear = new double[count];
    }

    public int Count { get; }
    public int[] Body { get; }
    public int[] Region { get; }
    public int[] JoinTick { get; }
    /// <summary>Tick the member leaves, or int.MaxValue.</summary>
    public int[] LeaveTick { get; }
    public bool[] Active { get; }
    public BudgetChannel[] Channel { get; }
    public BanResponse[] BanResponse { get; }
    public BudgetChannel[] AlternativeChannel { get; }
    public bool[] Founder { get; }
    public bool[] PaidThisYear { get; }
    public double[] DuesPaidTotal { get; }
    public int[] DuesMissedCount { get; }
    /// <summary>How much the member holds the body's sectors as its priority, 0..1.</summary>
    public double[] Priority { get; }
    /// <summary>Relative production potential (share of auction supply and benefit).</summary>
    public double[] Potential { get; }
    /// <summary>Share of the body's total dues under benefit-proportional dues (sums to 1 over members).</summary>
    public double[] DuesWeight { get; }
    public double[] PaidThisYearAmount { get; }
    /// <summary>Dues were requested from this member this year (so paying or not was its choice).</summary>
    public bool[] OwedThisYear { get; }
    /// <summary>Benefit received through this body this year, Rupiah.</summary>
    public double[] BenefitThisYear { get; }

    /// <summary>Reverse index: the slots of region i are SlotsOfRegion[RegionSlotStart[i]..RegionSlotStart[i+1]-1].</summary>
    public int[] RegionSlotStart { get; internal set; } = [0];
    public int[] SlotsOfRegion { get; internal set; } = [];
}
