namespace KadSim.Scenario;

/// <summary>Who does the daily work of a body (brief §3, mechanism 6).</summary>
public enum ManagementModel
{
    Professional,
    Bureaucratic,
    /// <summary>Marketing by professionals, development synchronisation by SKPDs: the studies' recommendation.</summary>
    Hybrid,
}
