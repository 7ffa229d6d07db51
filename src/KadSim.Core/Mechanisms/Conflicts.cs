using KadSim.Events;
using KadSim.Randomness;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// A conflict between two active members of a body, shared by rivalry (§7.13) and disputes (§7.16):
/// both lose trust in each other (β ← λβ + w_C·(1 − μ·S), S the province's supervision, μ its mediation),
/// both remember it (§7.17). No allocation: the pair is drawn by keyed randomness.
/// ODD: §7.13 Similar potential (conflicts, shared with §7.16 Agreement quality).
/// </summary>
internal static class Conflicts
{
    public static void Between(World w, int b, ConflictKind kind, RandomStream stream)
    {
        var bodies = w.Bodies;
        var m = w.Members;
        int first = bodies.MemberStart[b], n = bodies.MemberStart[b + 1] - first;
        int active = bodies.ActiveMembers[b];
        if (active < 2) return;
        int x = NthActive(m, first, n, (int)(w.Random.Uniform(stream, w.Tick, b, 1) * active));
        int y = NthActive(m, first, n, (int)(w.Random.Uniform(stream, w.Tick, b, 2) * (active - 1)), skip: x);
        int i = m.Region[x], j = m.Region[y];
        var p = w.Parameters;
        double supervision = bodies.Province[b] >= 0 ? w.Provinces.Supervision[bodies.Province[b]] : 0;
        double bad = p.ConflictTrustWeight * (1 - p.SupervisionMediation * supervision);
        // Edges i→j and j→i from the body's pair index (what Find(i, j) and Find(j, i) return).
        int pairs = bodies.PairStart[b];
        int e1 = bodies.PairEdge[pairs + (x - first) * n + (y - first)], e2 = bodies.PairEdge[pairs + (y - first) * n + (x - first)];
        if (e1 >= 0) w.Trust.ObserveFrom(i, e1, p.TrustForgetting, 0, bad);
        if (e2 >= 0) w.Trust.ObserveFrom(j, e2, p.TrustForgetting, 0, bad);
        MemoryOfFailure.Remember(w, i, p.ConflictMemoryGain);
        MemoryOfFailure.Remember(w, j, p.ConflictMemoryGain);
        w.Log(EventKind.Conflict, i, b, j, (int)kind);
    }

    private static int NthActive(MembershipColumns m, int first, int n, int k, int skip = -1)
    {
        for (int s = first; s < first + n; s++)
        {
            if (!m.Active[s] || s == skip) continue;
            if (k-- == 0) return s;
        }
        return first;
    }
}
