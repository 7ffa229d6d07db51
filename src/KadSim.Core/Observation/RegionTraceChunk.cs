namespace KadSim.Observation;

/// <summary>A block of region-tick rows as columns, reused chunk after chunk (no allocation per tick).</summary>
public sealed class RegionTraceChunk
{
    public RegionTraceChunk(int capacity)
    {
        Capacity = capacity;
        Tick = new int[capacity];
        Region = new int[capacity];
        HeadId = new int[capacity];
        HeadTerm = new int[capacity];
        HeadTenure = new int[capacity];
        Commitment = new double[capacity];
        TrustOut = new double[capacity];
        TrustIn = new double[capacity];
        BudgetRemaining = new double[capacity];
        DuesPaid = new double[capacity];
        Income = new double[capacity];
        Spending = new double[capacity];
        SocialCapital = new double[capacity];
        StaffCapacity = new double[capacity];
        FailureMemory = new double[capacity];
        Benefit = new double[capacity];
    }

    public int Capacity { get; }
    public int Count { get; internal set; }
    public int[] Tick { get; }
    public int[] Region { get; }
    public int[] HeadId { get; }
    public int[] HeadTerm { get; }
    public int[] HeadTenure { get; }
    public double[] Commitment { get; }
    public double[] TrustOut { get; }
    public double[] TrustIn { get; }
    public double[] BudgetRemaining { get; }
    public double[] DuesPaid { get; }
    public double[] Income { get; }
    public double[] Spending { get; }
    public double[] SocialCapital { get; }
    public double[] StaffCapacity { get; }
    public double[] FailureMemory { get; }
    /// <summary>Benefit from joint programmes received in the tick, Rupiah.</summary>
    public double[] Benefit { get; }
}
