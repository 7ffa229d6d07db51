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
}
