namespace KadSim.Scenario;

/// <summary>Network stage (Agranoff and McGuire 2003, brief §3): a body that never reaches Action gives little collective action.</summary>
public enum NetworkStage : byte
{
    /// <summary>Members exchange information only.</summary>
    Information = 0,
    /// <summary>Members also learn and build capacity together.</summary>
    Developmental = 1,
    /// <summary>Members also seek opportunities together: joint marketing, auctions, lobbying.</summary>
    Outreach = 2,
    /// <summary>Members adopt and execute joint programmes through their SKPDs.</summary>
    Action = 3,
}
