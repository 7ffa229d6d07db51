using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Observation;

/// <summary>
/// What became of one body in one run: the outcome metrics of ensembles and sweeps. DormantYear and
/// DormantMonth give the first month the body went dormant, or null if it never did. Money in Rupiah.
/// </summary>
public sealed record BodyOutcome(
    string Body,
    BodyStatus FinalStatus,
    int MonthsActive,
    int? DormantYear,
    int? DormantMonth,
    double DuesCollected,
    double GrantsReceived,
    int MeetingsHeld,
    int MeetingsFailed,
    int DuesPayments,
    int DuesMissed,
    double FinalMeanTrust,
    double FinalMeanCommitment)
{
    public int AuctionsHeld { get; init; }
    public double AuctionValue { get; init; }
    public double AuctionRealised { get; init; }
    /// <summary>Realised share of auction contracts (NaN without auctions).</summary>
    public double RealisationRate => AuctionValue > 0 ? AuctionRealised / AuctionValue : double.NaN;
    public double OwnRevenue { get; init; }
    public double BenefitsDelivered { get; init; }
    public int Conflicts { get; init; }
    public NetworkStage HighestStage { get; init; }
    public NetworkStage FinalStage { get; init; }
    /// <summary>First month the body had been in the action stage, as "months after founding"; null if never.</summary>
    public int? MonthsToAction { get; init; }
    /// <summary>Members' mean trust in the manager after the first two years (early trust, brief §4.6).</summary>
    public double EarlyManagerTrust { get; init; }
    public double FinalManagerTrust { get; init; }
    /// <summary>Mean of (marketing + execution)/2 over the first 12 active months: how fast the body starts (brief §4.6).</summary>
    public double FirstYearCapacity { get; init; }
    /// <summary>Mean monthly execution capacity over months active (integrated delivery, §7.10).</summary>
    public double MeanExecution { get; init; }
    /// <summary>Organising and operating costs actually spent per Rupiah of nominal cost (transaction costs, §7.12).</summary>
    public double MeanCostFactor { get; init; }
}
