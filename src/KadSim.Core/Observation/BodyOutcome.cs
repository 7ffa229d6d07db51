using KadSim.State;

namespace KadSim.Observation;

/// <summary>What became of one body in one run: the outcome metrics of ensembles and sweeps.</summary>
public sealed record BodyOutcome(
    string Body,
    BodyStatus FinalStatus,
    int MonthsActive,
    // DormantYear, DormantMonth: first month the body went dormant, or null if it never did.
    int? DormantYear,
    int? DormantMonth,
    double DuesCollected,
    double GrantsReceived,
    int MeetingsHeld,
    int MeetingsFailed,
    int DuesPayments,
    int DuesMissed,
    double FinalMeanTrust,
    double FinalMeanCommitment);
