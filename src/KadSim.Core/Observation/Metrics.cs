using KadSim.State;

namespace KadSim.Observation;

/// <summary>Derived measures read off the columns (no state of their own). Allocation-free.</summary>
public static class Metrics
{
    /// <summary>Mean trust region i has in the regions it has relations with; NaN if none.</summary>
    public static double MeanTrustOut(World w, int i)
    {
        var t = w.Trust;
        int a = t.RowStart[i], b = t.RowStart[i + 1];
        if (a == b) return double.NaN;
        double sum = 0;
        for (int e = a; e < b; e++) sum += t.TrustAt(e);
        return sum / (b - a);
    }

    /// <summary>Mean trust others have in region i; NaN if none.</summary>
    public static double MeanTrustIn(World w, int i)
    {
        var t = w.Trust;
        var reverse = t.ReverseEdges();
        double sum = 0;
        int n = 0;
        for (int e = t.RowStart[i]; e < t.RowStart[i + 1]; e++)
        {
            int back = reverse[e];
            if (back < 0) continue;
            sum += t.TrustAt(back);
            n++;
        }
        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>
    /// Mean directed trust over all pairs of active members of body b; NaN with fewer than two. Computed once and
    /// remembered until a member's trust relations (<see cref="TrustNetwork.Observe"/>) or the set of active members
    /// change: exact, the same sum in the same order.
    /// </summary>
    public static double MeanTrustAmongMembers(World w, int b)
    {
        var bodies = w.Bodies;
        var region = w.Members.Region;
        var active = w.Members.Active;
        var version = w.Trust.RowVersion;
        int first = bodies.MemberStart[b], last = bodies.MemberStart[b + 1];
        long key = 0;
        ulong mask = 0;
        for (int x = first; x < last; x++)
        {
            key += version[region[x]];
            if (active[x]) mask |= 1UL << (x - first);
        }
        return MeanTrustAmongMembers(w, b, key, mask);
    }

    /// <summary>
    /// <see cref="MeanTrustAmongMembers(World, int)"/> given the memo key: <paramref name="versions"/>, the sum of the
    /// <see cref="TrustNetwork.RowVersion"/> of the regions of all of b's slots, and <paramref name="activeSlots"/>, bit
    /// k set if slot k of the body is active. Callers that loop over the members anyway add them up on the way.
    /// Bodies of more than 64 slots are not memoised.
    /// </summary>
    internal static double MeanTrustAmongMembers(World w, int b, long versions, ulong activeSlots)
    {
        var bodies = w.Bodies;
        if (bodies.MemberStart[b + 1] - bodies.MemberStart[b] > 64) return ComputeMeanTrustAmongMembers(w, b);
        if (bodies.TrustMemoKey[b] == versions && bodies.TrustMemoActive[b] == activeSlots) return bodies.TrustMemo[b];
        double mean = ComputeMeanTrustAmongMembers(w, b);
        bodies.TrustMemo[b] = mean;
        bodies.TrustMemoKey[b] = versions;
        bodies.TrustMemoActive[b] = activeSlots;
        return mean;
    }

    /// <summary>Mean directed trust over all ordered pairs of active members (slot order), without the memo.</summary>
    internal static double ComputeMeanTrustAmongMembers(World w, int b)
    {
        var active = w.Members.Active;
        var bodies = w.Bodies;
        var pairEdge = bodies.PairEdge;
        var alpha = w.Trust.Alpha;
        var beta = w.Trust.Beta;
        int first = bodies.MemberStart[b], n = bodies.MemberStart[b + 1] - first, p = bodies.PairStart[b];
        double sum = 0;
        int count = 0;
        for (int x = 0; x < n; x++, p += n)
        {
            if (!active[first + x]) continue;
            for (int y = 0; y < n; y++)
            {
                if (x == y || !active[first + y]) continue;
                int e = pairEdge[p + y];
                if (e < 0) continue;
                sum += alpha[e] / (alpha[e] + beta[e]);
                count++;
            }
        }
        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>Mean commitment of the heads of active members of body b; NaN if none.</summary>
    public static double MeanCommitmentOfMembers(World w, int b)
    {
        var m = w.Members;
        double sum = 0;
        int n = 0;
        for (int x = w.Bodies.MemberStart[b]; x < w.Bodies.MemberStart[b + 1]; x++)
        {
            if (!m.Active[x]) continue;
            sum += w.Regions.Commitment[m.Region[x]];
            n++;
        }
        return n == 0 ? double.NaN : sum / n;
    }
}
