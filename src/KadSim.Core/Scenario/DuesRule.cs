namespace KadSim.Scenario;

/// <summary>How a body's dues are split among members (brief §3, mechanism 5).</summary>
public enum DuesRule
{
    /// <summary>Every member pays the same amount (the norm; invites free-riding, Olson 1965).</summary>
    Equal,
    /// <summary>Each member pays in proportion to its benefit share.</summary>
    BenefitProportional,
}
