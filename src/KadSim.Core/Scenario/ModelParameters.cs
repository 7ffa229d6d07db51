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

    [Range(0, 1), Description("Commitment at which a head is equally likely to pay or skip dues. Unit: 0..1. Source: assumption.")]
    public double PayThreshold { get; set; } = 0.35;

    [Range(0.001, 1), Description("Steepness (logistic scale) of the pay decision around payThreshold. Unit: 0..1. Source: assumption.")]
    public double PaySteepness { get; set; } = 0.06;

    [Range(0, 1), Description("Weight of mean trust in partners in the pay decision: effective commitment = (1-w)·commitment + w·trust. Unit: 0..1. Source: assumption (brief §4.8).")]
    public double TrustWeightInPaying { get; set; } = 0.3;

    // --- Body finance and status (ODD §7.7, brief §4.4)
    [Range(1, 120), Description("Consecutive months a body cannot cover its operating cost before it goes dormant. Unit: months. Source: assumption (brief §6: dormant within about a year of the ban).")]
    public int DormantAfterUnfundedMonths { get; set; } = 3;

    [Range(0, 120), Description("Reserve a body keeps, in months of operating cost; money above it is spent on activities. Unit: months. Source: assumption (bodies spend what they raise rather than hoard it).")]
    public double ReserveTargetMonths { get; set; } = 3;

    [Range(0, 1), Description("Share of the money above the reserve target spent on activities each month. Unit: 1/month. Source: assumption.")]
    public double ActivitySpendingRate { get; set; } = 0.15;

    [Range(0, 120), Description("Months of operating cost a dormant body must hold to revive. Unit: months. Source: assumption.")]
    public double ReviveFundsMonths { get; set; } = 6;

    [Range(0, 600), Description("Months dormant after which a body is dissolved; 0 = never (brief §6: 'mati suri', dormant not dissolved). Unit: months. Source: assumption.")]
    public int DissolveAfterDormantMonths { get; set; }
}
