namespace KadSim.Events;

/// <summary>Kinds of conflict between members (detail of <see cref="EventKind.Conflict"/>).</summary>
public enum ConflictKind
{
    /// <summary>Members with similar products compete instead of coordinating (brief §4.9).</summary>
    Rivalry = 0,
    /// <summary>A dispute over an unclear or unwritten agreement (brief §4.12).</summary>
    Dispute = 1,
}
