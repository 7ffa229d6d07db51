namespace KadSim.State;

/// <summary>Life-cycle status of a cooperation body. Byte-sized: stored as a column and written to traces.</summary>
public enum BodyStatus : byte
{
    /// <summary>Not founded yet.</summary>
    Proposed = 0,
    Active = 1,
    /// <summary>"Mati suri": cannot fund itself, no activity, but not dissolved (brief §6).</summary>
    Dormant = 2,
    Dissolved = 3,
}
