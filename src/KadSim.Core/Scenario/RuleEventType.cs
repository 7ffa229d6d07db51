namespace KadSim.Scenario;

/// <summary>Kinds of dated rule changes on the legal timeline (brief §1).</summary>
public enum RuleEventType
{
    /// <summary>A budget channel can no longer carry dues to a joint body (e.g. Permendagri 32/2011).</summary>
    CloseChannel,
    /// <summary>A budget channel opens (again) for dues (e.g. Permendagri 37/2010).</summary>
    OpenChannel,
    /// <summary>The province's political will changes to <c>value</c>.</summary>
    SetProvinceWill,
}
