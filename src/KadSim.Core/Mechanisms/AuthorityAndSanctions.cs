using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 7, authority and sanctions (brief §4.7, §5; Ostrom's graduated sanctions). A body of equals
/// without sanctions settles breaches "persuasively"; authority to sanction deters them. For an auction
/// the effective authority is the body's own σ_b, or the province's σ_P where the province backs the
/// contracts (e.g. a blacklist). Contract realisation r = r₀ + (1 − r₀)·e_S·σ, r₀ the realisation
/// without sanctions (brief §6: 60–70%). In dues, authority adds w_S·σ_b to members' willingness (§7.6).
/// ODD: §7.11 Authority and sanctions.
/// </summary>
public static class AuthorityAndSanctions
{
    public static double Realisation(ModelParameters p, double authority) =>
        p.BaseRealisation + (1 - p.BaseRealisation) * p.SanctionEffectiveness * authority;

    /// <summary>Authority behind the contracts of programme k.</summary>
    public static double ProgrammeAuthority(World w, int k)
    {
        int b = w.Programmes.Body[k];
        double own = w.Bodies.SanctionAuthority[b];
        int prov = w.Bodies.Province[b];
        return w.Programmes.ProvinceSanctions[k] && prov >= 0 ? Math.Max(own, w.Provinces.SanctionAuthority[prov]) : own;
    }
}
