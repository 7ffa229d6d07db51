namespace KadSim.Observation;

/// <summary>A block of body-tick rows as columns, reused chunk after chunk.</summary>
public sealed class BodyTraceChunk
{
    public BodyTraceChunk(int capacity)
    {
        Capacity = capacity;
        Tick = new int[capacity];
        Body = new int[capacity];
        Status = new byte[capacity];
        Funds = new double[capacity];
        IncomeDues = new double[capacity];
        IncomeGrants = new double[capacity];
        Spending = new double[capacity];
        ActiveMembers = new int[capacity];
        Attendance = new double[capacity];
        MeanTrust = new double[capacity];
        MeanCommitment = new double[capacity];
        UnfundedMonths = new int[capacity];
        Stage = new byte[capacity];
        Integration = new double[capacity];
        ManagerTrust = new double[capacity];
        Execution = new double[capacity];
        Marketing = new double[capacity];
        CostFactor = new double[capacity];
        IncomeOwn = new double[capacity];
        AuctionValue = new double[capacity];
        AuctionRealised = new double[capacity];
        Benefit = new double[capacity];
    }

    public int Capacity { get; }
    public int Count { get; internal set; }
    public int[] Tick { get; }
    public int[] Body { get; }
    /// <summary><see cref="State.BodyStatus"/> as a byte.</summary>
    public byte[] Status { get; }
    public double[] Funds { get; }
    public double[] IncomeDues { get; }
    public double[] IncomeGrants { get; }
    public double[] Spending { get; }
    public int[] ActiveMembers { get; }
    public double[] Attendance { get; }
    public double[] MeanTrust { get; }
    public double[] MeanCommitment { get; }
    public int[] UnfundedMonths { get; }
    /// <summary><see cref="Scenario.NetworkStage"/> as a byte.</summary>
    public byte[] Stage { get; }
    public double[] Integration { get; }
    public double[] ManagerTrust { get; }
    public double[] Execution { get; }
    public double[] Marketing { get; }
    public double[] CostFactor { get; }
    // Flows of the tick, Rupiah.
    public double[] IncomeOwn { get; }
    public double[] AuctionValue { get; }
    public double[] AuctionRealised { get; }
    public double[] Benefit { get; }
}
