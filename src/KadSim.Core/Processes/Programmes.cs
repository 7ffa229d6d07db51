using KadSim.State;

namespace KadSim.Processes;

/// <summary>Shared bookkeeping of programme benefits to members (§7.21, §7.22).</summary>
internal static class Programmes
{
    /// <summary>
    /// Gives benefit to the active members of body b: by potential share (auctions: comparative advantage),
    /// or each member <paramref name="amount"/> × its priority (services).
    /// </summary>
    public static void ShareBenefit(World w, int b, double amount, bool byPotential)
    {
        if (amount <= 0) return;
        var m = w.Members;
        var bodies = w.Bodies;
        double total = 0;
        if (byPotential)
            for (int s = bodies.MemberStart[b]; s < bodies.MemberStart[b + 1]; s++)
                if (m.Active[s]) total += m.Potential[s];
        for (int s = bodies.MemberStart[b]; s < bodies.MemberStart[b + 1]; s++)
        {
            if (!m.Active[s]) continue;
            double gain = byPotential ? (total > 0 ? amount * m.Potential[s] / total : 0) : amount * m.Priority[s];
            int i = m.Region[s];
            m.BenefitThisYear[s] += gain;
            w.Regions.Benefit[i] += gain;
            w.Regions.BenefitThisYear[i] += gain;
            bodies.Benefit[b] += gain;
        }
    }
}
