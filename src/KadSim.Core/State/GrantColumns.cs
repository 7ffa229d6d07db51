namespace KadSim.State;

/// <summary>Grant lines to bodies from provinces (subject to political will) and donors (always paid).</summary>
public sealed class GrantColumns
{
    public GrantColumns(int count)
    {
        Count = count;
        Body = new int[count];
        Province = new int[count];
        Donor = new int[count];
        StartTick = new int[count];
        EndTick = new int[count];
        MonthlyAmount = new double[count];
        PayingThisYear = new bool[count];
        Running = new bool[count];
        Committed = new bool[count];
    }

    public int Count { get; }
    public int[] Body { get; }
    /// <summary>Granting province, or -1 for a donor grant.</summary>
    public int[] Province { get; }
    /// <summary>Granting donor, or -1 for a province grant.</summary>
    public int[] Donor { get; }
    public int[] StartTick { get; }
    /// <summary>Last tick of the grant (inclusive).</summary>
    public int[] EndTick { get; }
    public double[] MonthlyAmount { get; }
    /// <summary>Province grants: whether this fiscal year's money was actually released.</summary>
    public bool[] PayingThisYear { get; }
    public bool[] Running { get; }
    /// <summary>Paid regardless of political will (a historical fact).</summary>
    public bool[] Committed { get; }
}
