namespace KadSim.Events;

/// <summary>Kinds of compiled scheduled events.</summary>
internal enum ScheduledKind : byte
{
    /// <summary>A = body.</summary>
    FoundBody,
    /// <summary>A = membership slot.</summary>
    Join,
    /// <summary>A = membership slot.</summary>
    Leave,
    /// <summary>A = channel.</summary>
    CloseChannel,
    /// <summary>A = channel.</summary>
    OpenChannel,
    /// <summary>A = province, Value = new political will.</summary>
    SetProvinceWill,
}
