namespace KadSim.Events;

/// <summary>Why dues were not paid (the detail of a <see cref="EventKind.DuesMissed"/> event).</summary>
public enum MissReason
{
    /// <summary>The head chose not to pay (low commitment or trust).</summary>
    Unwilling = 0,
    /// <summary>The member's channel is closed and it stopped for legal fear.</summary>
    ChannelClosed = 1,
    /// <summary>Not enough budget left this year.</summary>
    NoBudget = 2,
}
