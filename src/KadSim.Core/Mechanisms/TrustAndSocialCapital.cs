using KadSim.Observation;
using KadSim.Processes;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 8, trust and social capital (brief §4.8; Fukuyama; Putnam 2000). Trust and social capital
/// lower transaction costs: a body's organising and operating costs are scaled by
/// <see cref="CostFactor"/> = 1 − τ·(½·T̄ + ½·S̄), T̄ the mean trust among members, S̄ their mean social
/// capital. Each December, members whose joint programmes delivered more than they paid in dues see
/// civil society and business associations drawn in: S ← S + g_SC·(1 − S). Social capital also carries
/// commitment across successions (§7.2).
/// ODD: §3 step 15 "Social capital"; §7.12 Trust and social capital.
/// </summary>
public sealed class TrustAndSocialCapital : IProcess
{
    public string Name => "social-capital";

    public void Step(World w)
    {
        if (w.Month != 12) return;
        var r = w.Regions;
        var m = w.Members;
        double g = w.Parameters.SocialCapitalGrowth;
        for (int i = 0; i < r.Count; i++)
        {
            double paid = 0;
            for (int k = m.RegionSlotStart[i]; k < m.RegionSlotStart[i + 1]; k++) paid += m.PaidThisYearAmount[m.SlotsOfRegion[k]];
            if (r.BenefitThisYear[i] > paid && r.BenefitThisYear[i] > 0) r.SocialCapital[i] += g * (1 - r.SocialCapital[i]);
        }
    }

    public static double CostFactor(World w, int b)
    {
        double trust = Metrics.MeanTrustAmongMembers(w, b);
        double sc = 0;
        int n = 0;
        var m = w.Members;
        for (int s = w.Bodies.MemberStart[b]; s < w.Bodies.MemberStart[b + 1]; s++)
        {
            if (!m.Active[s]) continue;
            sc += w.Regions.SocialCapital[m.Region[s]];
            n++;
        }
        return CostFactorOf(w.Parameters, trust, sc, n);
    }

    /// <summary>The cost factor from the members' mean trust, their summed social capital and their number.</summary>
    internal static double CostFactorOf(ModelParameters p, double trust, double socialCapitalSum, int members)
    {
        if (members == 0) return 1;
        if (double.IsNaN(trust)) trust = 0.5;
        return 1 - p.TransactionCostReduction * (0.5 * trust + 0.5 * socialCapitalSum / members);
    }
}
