namespace KadSim.Events;

/// <summary>What happened. Values are part of the trace format: only append.</summary>
public enum EventKind : byte
{
    BodyFounded = 1,
    MemberJoined = 2,
    MemberLeft = 3,
    ChannelClosed = 4,
    ChannelOpened = 5,
    ProvinceWillChanged = 6,
    HeadReelected = 7,
    HeadReplaced = 8,
    /// <summary>Value: share of heads attending in person.</summary>
    MeetingHeld = 9,
    /// <summary>Value: share of heads attending in person (below quorum).</summary>
    MeetingFailedQuorum = 10,
    /// <summary>Value: amount, Rupiah.</summary>
    DuesPaid = 11,
    /// <summary>Value: amount not paid, Rupiah. Detail: <see cref="MissReason"/>.</summary>
    DuesMissed = 12,
    /// <summary>Detail: the new channel.</summary>
    DuesChannelSwitched = 13,
    GrantStarted = 14,
    GrantEnded = 15,
    /// <summary>A province grant line not released this year for lack of political will.</summary>
    GrantWithheld = 16,
    /// <summary>Value: the new status (<see cref="State.BodyStatus"/>).</summary>
    StatusChanged = 17,
    /// <summary>An election in which the head stayed because turnover is switched off.</summary>
    ElectionNoTurnover = 18,
    /// <summary>Value: auction transaction value agreed, Rupiah. Grant: programme index.</summary>
    AuctionHeld = 19,
    /// <summary>Detail: <see cref="CancelReason"/>. Grant: programme index.</summary>
    AuctionCancelled = 20,
    /// <summary>Value: value of contracts not realised (non-delivery or non-payment), Rupiah.</summary>
    ContractsBreached = 21,
    /// <summary>Value: value of auction contracts realised, Rupiah.</summary>
    ContractsRealised = 22,
    /// <summary>Region and Value (the other region's index); Detail: <see cref="ConflictKind"/>.</summary>
    Conflict = 23,
    /// <summary>Value: the new <see cref="Scenario.NetworkStage"/>.</summary>
    StageChanged = 24,
    /// <summary>Region: the new host of the joint secretariat.</summary>
    SecretariatRotated = 25,
    /// <summary>A programme's agreement was acted on. Grant: programme index.</summary>
    ProgrammeStarted = 26,
    /// <summary>Cooperation staff rotated away (mutasi). Value: new staff capacity.</summary>
    StaffRotated = 27,
    /// <summary>A breach met a sanction. Value: value sanctioned, Rupiah.</summary>
    Sanctioned = 28,
    /// <summary>A year's learning: Region, Body, Value = stimulus s of the Bush–Mosteller update.</summary>
    PayoffAssessed = 29,
}
