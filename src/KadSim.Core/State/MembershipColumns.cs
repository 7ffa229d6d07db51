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
}
