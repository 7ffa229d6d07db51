using KadSim.Scenario;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 15, politics (brief §4.15): a body used as a political tool presses the province and centre
/// for money (a bonus to grant release, §7.8) but strong political colouring weakens execution (§7.10).
/// ODD: §7.18 Politics.
/// </summary>
public static class Politics
{
    /// <summary>Execution multiplier 1 − ℓ_P·π.</summary>
    public static double ExecutionFactor(ModelParameters p, double politicisation) => 1 - p.PoliticsExecutionLoss * politicisation;

    /// <summary>Added to the yearly chance that a province releases a grant line: β_P·π.</summary>
    public static double GrantBonus(ModelParameters p, double politicisation) => p.PoliticsGrantBonus * politicisation;
}
