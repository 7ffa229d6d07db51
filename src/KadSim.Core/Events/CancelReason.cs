namespace KadSim.Events;

/// <summary>Why a planned auction did not take place (detail of <see cref="EventKind.AuctionCancelled"/>).</summary>
public enum CancelReason
{
    /// <summary>The body is not active (dormant, dissolved or not yet founded).</summary>
    BodyInactive = 0,
    /// <summary>The body cannot pay the organising cost.</summary>
    NoFunds = 1,
    /// <summary>The agreement behind the programme has not been acted on yet.</summary>
    NotStarted = 2,
}
