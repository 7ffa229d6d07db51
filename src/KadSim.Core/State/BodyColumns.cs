using KadSim.Scenario;

namespace KadSim.State;

/// <summary>Cooperation bodies as columns. Members of body b are membership slots MemberStart[b]..MemberStart[b+1]-1.</summary>
public sealed class BodyColumns
{
    public BodyColumns(int count)
    {
        Count = count;
        Ids = new string[count];
        Names = new string[count];
        Format = new CooperationFormat[count];
        Management = new ManagementModel[count];
        Profile = new FormatProfile[count];
        DuesRule = new DuesRule[count];
        FoundedTick = new int[count];
        Status = new BodyStatus[count];
        Funds = new double[count];
        OperatingCost = new double[count];
        MeetingInterval = new int[count];
        NextMeetingTick = new int[count];
        UnfundedMonths = new int[count];
        DormantMonths = new int[count];
        DuesYears = new int[count][];
        DuesAmounts = new double[count][];
        MemberStart = new int[count + 1];
        IncomeDues = new double[count];
        IncomeGrants = new double[count];
        Spending = new double[count];
        LastAttendance = new double[count];
        ActiveMembers = new int[count];
    }

    public int Count { get; }
    public string[] Ids { get; }
    public string[] Names { get; }
    public CooperationFormat[] Format { get; }
    public ManagementModel[] Management { get; }
    public FormatProfile[] Profile { get; }
    public DuesRule[] DuesRule { get; }
    public int[] FoundedTick { get; }
    public BodyStatus[] Status { get; }
    /// <summary>Money in hand, Rupiah.</summary>
    public double[] Funds { get; }
    /// <summary>Operating cost per month, Rupiah.</summary>
    public double[] OperatingCost { get; }
    public int[] MeetingInterval { get; }
    public int[] NextMeetingTick { get; }
    public int[] UnfundedMonths { get; }
    public int[] DormantMonths { get; }
    /// <summary>Dues schedule: first fiscal year of each step (ascending) and its amount per member.</summary>
    public int[][] DuesYears { get; }
    public double[][] DuesAmounts { get; }
    public int[] MemberStart { get; }

    // Flows of the current tick: income − spending = Δ funds.
    public double[] IncomeDues { get; }
    public double[] IncomeGrants { get; }
    public double[] Spending { get; }
    /// <summary>Share of member heads who attended the last forum meeting in person.</summary>
    public double[] LastAttendance { get; }
    public int[] ActiveMembers { get; }

    /// <summary>Dues per member for a fiscal year (0 before the first step).</summary>
    public double DuesFor(int body, int year)
    {
        var years = DuesYears[body];
        double amount = 0;
        for (int k = 0; k < years.Length && years[k] <= year; k++) amount = DuesAmounts[body][k];
        return amount;
    }
}
