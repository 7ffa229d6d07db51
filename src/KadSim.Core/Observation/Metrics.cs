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
        double sum = 0;
        int n = 0;
        for (int e = t.RowStart[i]; e < t.RowStart[i + 1]; e++)
        {
            int back = t.Find(t.Target[e], i);
            if (back < 0) continue;
            sum += t.TrustAt(back);
            n++;
        }
        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>Mean directed trust over all pairs of active members of body b; NaN with fewer than two.</summary>
    public static double MeanTrustAmongMembers(World w, int b)
    {
        var m = w.Members;
        int first = w.Bodies.MemberStart[b], last = w.Bodies.MemberStart[b + 1];
        double sum = 0;
        int n = 0;
        for (int x = first; x < last; x++)
        {
            if (!m.Active[x]) continue;
            for (int y = first; y < last; y++)
            {
                if (x == y || !m.Active[y]) continue;
                int e = w.Trust.Find(m.Region[x], m.Region[y]);
                if (e < 0) continue;
                sum += w.Trust.TrustAt(e);
                n++;
            }
        }
        return n == 0 ? double.NaN : sum / n;
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
