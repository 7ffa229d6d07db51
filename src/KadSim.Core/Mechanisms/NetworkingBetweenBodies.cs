using KadSim.Scenario;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 16, networking between bodies (brief §4.16): exchange with other bodies brings best practice
/// (a boost to marketing and to stage readiness) and bargaining power as a pressure group (a bonus to
/// grant release); isolated bodies lack both.
/// ODD: §7.19 Networking between bodies.
/// </summary>
public static class NetworkingBetweenBodies
{
    /// <summary>Multiplier 1 + β_N·ν on marketing and stage readiness.</summary>
    public static double Boost(ModelParameters p, double networking) => 1 + p.NetworkingBoost * networking;

    /// <summary>Added to the yearly chance that a province releases a grant line: β_G·ν.</summary>
    public static double GrantBonus(ModelParameters p, double networking) => p.NetworkingGrantBonus * networking;
}
