using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 10, drivers of cooperation (brief §4.10; Keban 2009). Shared needs (members' priority for
/// the body's sectors) and comparative advantage (complementarity) make cooperation worth a new head's
/// interest (<see cref="Strength"/>, used in §7.2); economies of scale make a pooled supply attract buyers
/// who need volume (<see cref="EconomiesOfScale"/>, used in §7.21). Proximity and shared culture enter
/// through social capital and the choice of members.
/// ODD: §7.14 Drivers.
/// </summary>
public static class CooperationDrivers
{
    /// <summary>
    /// Driver strength for region i, 0..1: the strongest over its active memberships of
    /// ½·priority + ½·complementarity; 0.5 (neutral) if it is in no active body.
    /// </summary>
    public static double Strength(World w, int region)
    {
        var m = w.Members;
        double best = -1;
        for (int k = m.RegionSlotStart[region]; k < m.RegionSlotStart[region + 1]; k++)
        {
            int s = m.SlotsOfRegion[k];
            if (!m.Active[s]) continue;
            double d = 0.5 * m.Priority[s] + 0.5 * w.Bodies.Complementarity[m.Body[s]];
            if (d > best) best = d;
        }
        return best < 0 ? 0.5 : best;
    }

    /// <summary>Buyers' participation factor from pooled volume V: V / (V + V½), V½ = pooled months × monthly market.</summary>
    public static double EconomiesOfScale(double pool, double marketSizePerYear, double halfVolumeMonths)
    {
        double half = halfVolumeMonths * marketSizePerYear / 12;
        return pool <= 0 ? 0 : pool / (pool + half);
    }
}
