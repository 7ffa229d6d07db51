using KadSim.Scenario;
using NetworkStage = KadSim.Scenario.NetworkStage;

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
        Stage = new NetworkStage[count];
        StageSince = new int[count];
        Integration = new double[count];
        SanctionAuthority = new double[count];
        StartupMonths = new int[count];
        ManagerTrust = new double[count];
        Marketing = new double[count];
        Execution = new double[count];
        AgreementQuality = new double[count];
        AgreementFocus = new double[count];
        Complementarity = new double[count];
        Politicisation = new double[count];
        Networking = new double[count];
        SecretariatRotation = new bool[count];
        HostSlot = new int[count];
        CapacityBuilding = new double[count];
        CostFactor = new double[count];
        Province = new int[count];
        IncomeOwn = new double[count];
        AuctionValue = new double[count];
        AuctionRealised = new double[count];
        Benefit = new double[count];
        TrustMemo = new double[count];
        TrustMemoKey = new long[count];
        Array.Fill(TrustMemoKey, -1L);
        TrustMemoActive = new ulong[count];
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

    public NetworkStage[] Stage { get; }
    public int[] StageSince { get; }
    /// <summary>Integration with members' SKPDs, 0..1 (brief §3).</summary>
    public double[] Integration { get; }
    public double[] SanctionAuthority { get; }
    public int[] StartupMonths { get; }
    /// <summary>Members' trust in the manager or secretariat as a neutral, able broker, 0..1 (brief §4.6).</summary>
    public double[] ManagerTrust { get; }
    /// <summary>Capacity to market and recruit buyers this month, 0..1 (derived, §7.10).</summary>
    public double[] Marketing { get; }
    /// <summary>Capacity to execute through members' agencies this month, 0..1 (derived, §7.10).</summary>
    public double[] Execution { get; }
    public double[] AgreementQuality { get; }
    public double[] AgreementFocus { get; }
    public double[] Complementarity { get; }
    public double[] Politicisation { get; }
    public double[] Networking { get; }
    public bool[] SecretariatRotation { get; }
    /// <summary>Membership slot hosting the rotating secretariat, or -1.</summary>
    public int[] HostSlot { get; }
    public double[] CapacityBuilding { get; }
    /// <summary>Multiplier on organising and operating costs from trust and social capital (§7.12), ≤ 1.</summary>
    public double[] CostFactor { get; }
    /// <summary>Province of the body (its first member's), or -1.</summary>
    public int[] Province { get; }

    // More flows of the current tick.
    /// <summary>Own revenue (auction fees, joint-project profit), Rupiah.</summary>
    public double[] IncomeOwn { get; }
    public double[] AuctionValue { get; }
    public double[] AuctionRealised { get; }
    /// <summary>Benefits delivered to members this tick, Rupiah.</summary>
    public double[] Benefit { get; }

    // Indexes built once by WorldBuilder, so the tick loop does no searching.

    /// <summary>
    /// Trust edge of each ordered pair of membership slots of a body: for body b with n slots from MemberStart[b],
    /// slots x and y (0-based within the body) have edge PairEdge[PairStart[b] + x·n + y] (region of x trusts
    /// region of y), or -1 (x = y, same region, or no edge).
    /// </summary>
    internal int[] PairStart { get; set; } = [0];
    internal int[] PairEdge { get; set; } = [];

    /// <summary>Grant lines of body b: GrantsOfBody[GrantStart[b]..GrantStart[b+1]-1], ascending.</summary>
    internal int[] GrantStart { get; set; } = [0];
    internal int[] GrantsOfBody { get; set; } = [];

    /// <summary>
    /// Memo of the mean trust among members (<see cref="Observation.Metrics.MeanTrustAmongMembers(World, int)"/>), valid while
    /// <see cref="TrustMemoKey"/> equals the sum of the members' <see cref="TrustNetwork.RowVersion"/> (-1: none yet) and
    /// <see cref="TrustMemoActive"/> the body's active slots (bit k: slot k).
    /// </summary>
    internal double[] TrustMemo { get; }
    internal long[] TrustMemoKey { get; }
    internal ulong[] TrustMemoActive { get; }

    /// <summary>Dues per member for a fiscal year (0 before the first step).</summary>
    public double DuesFor(int body, int year)
    {
        var years = DuesYears[body];
        double amount = 0;
        for (int k = 0; k < years.Length && years[k] <= year; k++) amount = DuesAmounts[body][k];
        return amount;
    }
}
