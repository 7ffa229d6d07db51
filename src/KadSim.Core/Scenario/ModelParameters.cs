using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.Scenario;

/// <summary>
/// Global model parameters. Every one has a unit, a default, a range and a source; "assumption" marks
/// numbers the field studies do not give (docs/model.md §7 lists them with their submodel).
/// </summary>
public sealed class ModelParameters
{
    // --- Elections and turnover (ODD §7.2, brief §4.2)
    [Range(0, 1), Description("Probability an incumbent who may stand again is re-elected. Unit: probability per election. Source: assumption.")]
    public double ReelectionProbability { get; set; } = 0.5;

    [Range(0, 1), Description("Mean commitment of a newly elected head who did not found the body. Unit: 0..1. Source: assumption (brief §4.2: successors need not share founders' interests).")]
    public double SuccessorCommitmentMean { get; set; } = 0.4;

    [Range(0, 1), Description("Half-width of the uniform spread of a successor's commitment. Unit: 0..1. Source: assumption.")]
    public double SuccessorCommitmentSpread { get; set; } = 0.2;

    [Range(0, 1), Description("How much social capital carries a predecessor's commitment over to a successor (weight = socialCapital × this). Unit: 0..1. Source: assumption (brief §4.8, Kartamantul's continuity across successions).")]
    public double SocialCapitalContinuity { get; set; } = 0.8;

    // --- Commitment (ODD §7.3, brief §4.1, §4.3)
    [Range(0, 1), Description("Monthly relaxation of commitment toward the head's standing interest. Unit: 1/month. Source: assumption.")]
    public double CommitmentRelaxation { get; set; } = 0.02;

    [Range(0, 1), Description("Commitment gained by a head who attends a forum meeting that reaches quorum (thick communication, Ansell and Gash 2007). Unit: fraction of the gap to 1. Source: assumption.")]
    public double MeetingCommitmentGain { get; set; } = 0.08;

    [Range(0, 1), Description("Commitment lost by every attending head when a meeting fails for lack of quorum. Unit: fraction of current commitment. Source: assumption (brief §4.3: absence demoralises).")]
    public double FailedMeetingCommitmentLoss { get; set; } = 0.05;

    // --- Meetings (ODD §7.4, brief §4.3)
    [Range(0, 1), Description("Share of member heads who must attend in person for a forum meeting to decide. Unit: share. Source: brief §4.3 (quorum); value assumption.")]
    public double QuorumShare { get; set; } = 0.5;

    [Range(0, 1), Description("Probability that a fully committed head attends a forum meeting in person; a head attends with probability attendanceMax × commitment, else sends a deputy. Unit: probability. Source: assumption.")]
    public double AttendanceMax { get; set; } = 0.95;

    // --- Trust as Beta reputation (ODD §7.5, Jøsang and Ismail 2002)
    [Range(0.1, 1000), Description("Prior strength α+β of initial trust. Unit: pseudo-observations. Source: assumption.")]
    public double TrustPriorStrength { get; set; } = 4;

    [Range(0, 1), Description("Forgetting factor λ applied to α and β at each trust event. Unit: per event. Source: assumption (Jøsang and Ismail 2002).")]
    public double TrustForgetting { get; set; } = 0.95;

    [Range(0, 100), Description("Weight w of a partner paying its dues (a good outcome). Unit: pseudo-observations. Source: assumption.")]
    public double TrustGoodWeight { get; set; } = 1.0;

    [Range(0, 100), Description("Weight w' of a partner missing its dues (a bad outcome); w' > w gives the negativity asymmetry (Slovic 1993). Unit: pseudo-observations. Source: assumption.")]
    public double TrustBadWeight { get; set; } = 2.0;

    [Range(0, 100), Description("Weight of meeting a partner face to face at a forum meeting. Unit: pseudo-observations. Source: assumption (brief §4.3).")]
    public double TrustMeetingWeight { get; set; } = 0.5;

    // --- Dues (ODD §7.6, brief §4.4, §4.5)
    [Range(1, 12), Description("Month of the fiscal year in which dues fall due. Unit: month number. Source: assumption (APBD execution starts after the first quarter).")]
    public int DuesMonth { get; set; } = 3;

    [Range(0, 1), Description("Willingness e at which a member is equally likely to pay or skip dues. Unit: 0..1. Source: assumption.")]
    public double PayThreshold { get; set; } = 0.35;

    [Range(0.001, 1), Description("Steepness (logistic scale) of the pay decision around payThreshold. Unit: 0..1. Source: assumption.")]
    public double PaySteepness { get; set; } = 0.06;

    [Range(0, 1), Description("Weight w_T of mean trust in partners in the willingness to pay dues, e = (1 − w_T − w_M)·c + w_T·T + w_M·MT + … (docs/model.md §7.6). Unit: 0..1. Source: assumption (brief §4.8).")]
    public double TrustWeightInPaying { get; set; } = 0.2;

    // --- Free-riding and learning (ODD §7.9, brief §4.5; Macy and Flache 2002)
    [Range(0, 1), Description("Bush–Mosteller learning rate l applied each December to the head's standing interest. Unit: per year. Source: assumption (Macy and Flache 2002).")]
    public double LearningRate { get; set; } = 0.15;

    [Range(-10, 10), Description("Aspiration A: the yearly net payoff (benefit − dues, in units of the body's dues) a head is content with; 1 means heads expect joint programmes to return twice their dues. Unit: dues. Source: assumption (brief §6: outcomes below expectations).")]
    public double Aspiration { get; set; } = 1.0;

    // --- Management trade-off (ODD §7.10, brief §4.6)
    [Range(0, 1), Description("Marketing capacity of professional (and hybrid) management: recruiting buyers and investors. Unit: 0..1. Source: assumption (brief §3).")]
    public double ProfessionalMarketing { get; set; } = 0.8;

    [Range(0, 1), Description("Marketing capacity of bureaucratic management. Unit: 0..1. Source: assumption (brief §3).")]
    public double BureaucraticMarketing { get; set; } = 0.3;

    [Range(0, 1), Description("Execution a professional manager achieves without members' SKPDs. Unit: 0..1. Source: assumption (brief §4.6: outcomes disappoint without integration).")]
    public double ManagerOwnExecution { get; set; } = 0.15;

    [Range(0, 1), Description("SKPD integration of hybrid management at least (development synchronisation by SKPDs). Unit: 0..1. Source: assumption (brief §3).")]
    public double HybridMinIntegration { get; set; } = 0.7;

    [Range(0, 1), Description("Monthly rate at which members' trust in the manager moves toward what the body delivers. Unit: 1/month. Source: assumption (brief §4.6).")]
    public double ManagerTrustAdjustment { get; set; } = 0.03;

    [Range(0, 1), Description("Weight of trust in the manager in members' willingness to pay dues. Unit: 0..1. Source: assumption.")]
    public double ManagerTrustWeightInPaying { get; set; } = 0.1;

    // --- Authority and sanctions (ODD §7.11, brief §4.7)
    [Range(0, 1), Description("Share of contract breaches deterred at full sanction authority. Unit: share. Source: assumption (brief §5, P6).")]
    public double SanctionEffectiveness { get; set; } = 0.7;

    [Range(0, 1), Description("Added to dues willingness at full sanction authority. Unit: 0..1. Source: assumption.")]
    public double SanctionDuesWeight { get; set; } = 0.15;

    // --- Trust and social capital (ODD §7.12, brief §4.8)
    [Range(0, 1), Description("Reduction of transaction costs (organising and operating costs) at full trust and social capital. Unit: share. Source: assumption (Fukuyama).")]
    public double TransactionCostReduction { get; set; } = 0.5;

    [Range(0, 1), Description("Yearly growth of social capital toward 1 in members whose joint programmes delivered benefits (civil society and business associations drawn in). Unit: per year. Source: assumption (Putnam 2000).")]
    public double SocialCapitalGrowth { get; set; } = 0.03;

    // --- Similar potential (ODD §7.13, brief §4.9)
    [Range(0, 10), Description("Yearly rate of rivalry conflicts in a body of members with identical products and no coordination. Unit: per year. Source: assumption.")]
    public double RivalryRate { get; set; } = 0.6;

    [Range(0, 100), Description("Bad-outcome weight of a conflict on trust among the members involved. Unit: pseudo-observations. Source: assumption.")]
    public double ConflictTrustWeight { get; set; } = 1.5;

    // --- Drivers (ODD §7.14, brief §4.10)
    [Range(0, 1), Description("How much shared needs (members' priorities) and complementarity shift a successor's commitment. Unit: 0..1. Source: assumption (brief §4.10, Keban 2009).")]
    public double DriverWeight { get; set; } = 0.4;

    [Range(0.01, 24), Description("Pooled supply (in months of the whole market) at which buyers' participation is half its maximum: economies of scale. Unit: months. Source: assumption (brief §4.10: meeting a buyer's volume).")]
    public double BuyerVolumeMonths { get; set; } = 0.5;

    // --- Staff capacity (ODD §7.15, brief §4.11)
    [Range(0, 12), Description("Yearly probability that a member's cooperation staff are rotated away (mutasi). Unit: per year. Source: assumption.")]
    public double StaffRotationRate { get; set; } = 0.2;

    [Range(0, 1), Description("Share of staff capacity lost at a rotation. Unit: share. Source: assumption.")]
    public double StaffRotationLoss { get; set; } = 0.3;

    [Range(0, 1), Description("Yearly growth of staff capacity toward 1 at full capacity building (Permendagri 19/2009). Unit: per year. Source: assumption.")]
    public double CapacityBuildingRate { get; set; } = 0.3;

    [Range(0, 1), Description("Staff capacity lost to side-duty overload where officials run the body beside their posts (bureaucratic management). Unit: share. Source: assumption (brief §3 BKAD).")]
    public double SideDutyOverload { get; set; } = 0.3;

    // --- Agreement quality (ODD §7.16, brief §4.12)
    [Range(0, 10), Description("Yearly rate of disputes at agreement quality 0 and trust 0. Unit: per year. Source: assumption (brief §1: handshake agreements cause more conflict, Rosen).")]
    public double DisputeRate { get; set; } = 0.8;

    // --- Memory of failure (ODD §7.17, brief §4.13)
    [Range(0, 1), Description("Memory gained by every member when its body goes dormant or is dissolved. Unit: share of the gap to 1. Source: assumption.")]
    public double FailureMemoryGain { get; set; } = 0.5;

    [Range(0, 1), Description("Memory gained by the parties to a conflict. Unit: share of the gap to 1. Source: assumption.")]
    public double ConflictMemoryGain { get; set; } = 0.05;

    [Range(0, 1), Description("Monthly decay of memory of failure. Unit: 1/month. Source: assumption.")]
    public double FailureMemoryDecay { get; set; } = 0.01;

    [Range(0, 1), Description("How much memory of failure lowers a new head's commitment. Unit: 0..1. Source: assumption.")]
    public double FailureMemoryWeight { get; set; } = 0.3;

    [Range(0, 1), Description("Initial memory of failure of newly split regions (pemekaran). Unit: 0..1. Source: assumption (brief §4.13).")]
    public double NewlySplitMemory { get; set; } = 0.5;

    // --- External support (ODD §7.8, brief §4.14)
    [Range(0, 1), Description("Added to dues willingness at full provincial supervision. Unit: 0..1. Source: assumption.")]
    public double SupervisionDuesWeight { get; set; } = 0.15;

    [Range(0, 1), Description("Share of a dispute's damage to trust averted by the governor's mediation at full supervision. Unit: share. Source: assumption.")]
    public double SupervisionMediation { get; set; } = 0.6;

    // --- Politics (ODD §7.18, brief §4.15)
    [Range(0, 1), Description("Execution lost at full political colouring. Unit: share. Source: assumption.")]
    public double PoliticsExecutionLoss { get; set; } = 0.5;

    [Range(0, 1), Description("Added to the yearly chance of province grants being released at full political colouring (pressure group). Unit: probability. Source: assumption.")]
    public double PoliticsGrantBonus { get; set; } = 0.2;

    // --- Networking between bodies (ODD §7.19, brief §4.16)
    [Range(0, 1), Description("Added to the yearly chance of province grants being released at full networking (bargaining power). Unit: probability. Source: assumption.")]
    public double NetworkingGrantBonus { get; set; } = 0.2;

    [Range(0, 1), Description("Boost to buyer recruitment and stage readiness at full networking (best practice). Unit: share. Source: assumption.")]
    public double NetworkingBoost { get; set; } = 0.2;

    // --- Network stage (ODD §7.20, brief §3)
    [Range(0, 1), Description("Readiness (mean commitment × mean trust of members × networking boost) a body needs, after a meeting with quorum attendance, to move one stage up. Unit: 0..1. Source: assumption.")]
    public double StageReadiness { get; set; } = 0.3;

    [Range(0, 240), Description("Months a body stays at least in a stage before moving up. Unit: months. Source: assumption.")]
    public int StageMinMonths { get; set; } = 12;

    [Range(0, 1), Description("SKPD integration needed to reach the action stage (technical cooperation through agencies). Unit: 0..1. Source: assumption (brief §6: the RM body never reached action networks).")]
    public double ActionMinIntegration { get; set; } = 0.5;

    [Range(0, 1), Description("Agreement quality × focus needed to reach the action stage: macro agreements keep a board coordinative only. Unit: 0..1. Source: assumption (brief §3 BKAD, §6 Jabodetabekjur).")]
    public double ActionMinAgreement { get; set; } = 0.15;

    // --- Auction (ODD §7.21, brief §5)
    [Range(0, 1), Description("Monthly share of pooled supply sold elsewhere (spot market) while waiting for an auction. Unit: 1/month. Source: assumption (brief §5: auctions too often or off the harvest gather little volume).")]
    public double SupplyLeak { get; set; } = 0.35;

    [Range(0, 20), Description("Supply in harvest months relative to other months. Unit: ratio. Source: assumption.")]
    public double HarvestBoost { get; set; } = 4;

    [Range(0, 1), Description("Market reputation of a new auction: participation of buyers and sellers at the start. Unit: 0..1. Source: assumption (brief §6: few participants, little promotion in 2004–2005).")]
    public double InitialReputation { get; set; } = 0.05;

    [Range(0, 10), Description("Word-of-mouth rate: reputation gained per auction, times promotion and realisation, times R·(1 − R). Unit: per auction. Source: assumption (calibrated with the auction record, docs/validation.md).")]
    public double ReputationGain { get; set; } = 1.0;

    [Range(0, 1), Description("Reputation lost per unit share of breached contracts. Unit: share. Source: assumption.")]
    public double ReputationLoss { get; set; } = 0.3;

    [Range(0, 60), Description("Months buyers need between auctions to come back in full: auctions held too often see the same few buyers (brief §5). Unit: months. Source: assumption.")]
    public double BuyerRecoveryMonths { get; set; } = 4;

    [Range(0, 1), Description("Share of auction contracts realised without sanction authority. Unit: share. Source: brief §6 (realisation 60–70%).")]
    public double BaseRealisation { get; set; } = 0.62;

    [Range(0, 1), Description("Economic gain to the regions per Rupiah of realised auction transactions (price transparency, shorter chains). Unit: share. Source: assumption.")]
    public double AuctionGainRate { get; set; } = 0.05;

    // --- Body finance and status (ODD §7.7, brief §4.4)
    [Range(1, 120), Description("Consecutive months a body cannot cover its operating cost before it goes dormant. Unit: months. Source: assumption (brief §6: dormant within about a year of the ban).")]
    public int DormantAfterUnfundedMonths { get; set; } = 3;

    [Range(0, 120), Description("Reserve a body plans to hold when the next dues fall due, in months of operating cost; money beyond that and the core costs until then is spent evenly on activities. Unit: months. Source: assumption (bodies spend what they raise rather than hoard it).")]
    public double ReserveTargetMonths { get; set; } = 3;

    [Range(0, 2), Description("After the dues month, a body whose funds beyond its reserve cover less than this share of a year's operating cost suspends its activities (goes dormant) to restructure; 0 = never. Unit: share of a year. Source: assumption (brief §6: in 2011 the body suspended activities to restructure).")]
    public double SuspendBelowYearShare { get; set; } = 1.0;

    [Range(0, 120), Description("Months of operating cost a dormant body must hold to revive. Unit: months. Source: assumption.")]
    public double ReviveFundsMonths { get; set; } = 12;

    [Range(0, 600), Description("Months dormant after which a body is dissolved; 0 = never (brief §6: 'mati suri', dormant not dissolved). Unit: months. Source: assumption.")]
    public int DissolveAfterDormantMonths { get; set; }
}
