namespace KadSim.Scenario;

/// <summary>The APBD post through which a member pays its dues. A rule event can close a channel (brief §1, 2011).</summary>
public enum BudgetChannel
{
    /// <summary>Belanja hibah (grant post). Closed for bodies outside the region by Permendagri 32/2011 art. 7.</summary>
    Hibah,
    /// <summary>Bantuan sosial (social aid post).</summary>
    SocialAid,
    /// <summary>An SKPD's own programme budget.</summary>
    SkpdProgramme,
}
