using KadSim.Scenario;

namespace KadSim.State;

/// <summary>Regions and their heads as columns (struct-of-arrays): index i is region i in every array.</summary>
public sealed class RegionColumns
{
    public RegionColumns(int count)
    {
        Count = count;
        Ids = new string[count];
        Names = new string[count];
        Kind = new RegionKind[count];
        Province = new int[count];
        Apbd = new double[count];
        BudgetRemaining = new double[count];
        Commitment = new double[count];
        BaselineCommitment = new double[count];
        SocialCapital = new double[count];
        StaffCapacity = new double[count];
        HeadId = new int[count];
        HeadTerm = new int[count];
        HeadTenure = new int[count];
        NextElectionTick = new int[count];
        Income = new double[count];
        Spending = new double[count];
        DuesPaid = new double[count];
        Attending = new bool[count];
        FailureMemory = new double[count];
        Benefit = new double[count];
        BenefitThisYear = new double[count];
    }

    public int Count { get; }
    public string[] Ids { get; }
    public string[] Names { get; }
    public RegionKind[] Kind { get; }
    /// <summary>Province index, or -1.</summary>
    public int[] Province { get; }
    /// <summary>Annual budget (APBD), Rupiah.</summary>
    public double[] Apbd { get; }
    /// <summary>Unspent part of this fiscal year's budget, Rupiah.</summary>
    public double[] BudgetRemaining { get; }
    /// <summary>Head's current commitment to cooperation, 0..1.</summary>
    public double[] Commitment { get; }
    /// <summary>Head's standing interest, set when the head takes office; commitment relaxes toward it.</summary>
    public double[] BaselineCommitment { get; }
    public double[] SocialCapital { get; }
    public double[] StaffCapacity { get; }
    /// <summary>Counts heads: increases by one at every turnover.</summary>
    public int[] HeadId { get; }
    /// <summary>Term the current head is serving (1 = first).</summary>
    public int[] HeadTerm { get; }
    /// <summary>Months the current head has been in office.</summary>
    public int[] HeadTenure { get; }
    public int[] NextElectionTick { get; }

    // Flows of the current tick (reset every tick): money balances as income − spending = Δ budget.
    public double[] Income { get; }
    public double[] Spending { get; }
    public double[] DuesPaid { get; }

    /// <summary>Memory of failed cooperation, 0..1 (brief §4.13).</summary>
    public double[] FailureMemory { get; }
    /// <summary>Benefit from joint programmes received this tick, Rupiah (a flow, not part of the budget).</summary>
    public double[] Benefit { get; }
    public double[] BenefitThisYear { get; }

    /// <summary>Scratch: attending the meeting being processed. Kept here so meetings allocate nothing.</summary>
    internal bool[] Attending { get; }
}
