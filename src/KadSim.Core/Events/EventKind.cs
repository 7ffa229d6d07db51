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
}
