using System.Runtime.CompilerServices;

namespace KadSim.State;

/// <summary>
/// Directed trust between regions as a sparse matrix in CSR form: the edges of region i are
/// RowStart[i]..RowStart[i+1]-1, sorted by target. Each edge holds a Beta reputation (α, β)
/// (Jøsang and Ismail 2002); trust = α / (α + β). See docs/model.md §7.5.
/// </summary>
public sealed class TrustNetwork
{
    public TrustNetwork(int[] rowStart, int[] target, double[] alpha, double[] beta)
    {
        if (rowStart.Length == 0 || rowStart[^1] != target.Length || target.Length != alpha.Length || alpha.Length != beta.Length)
            throw new ArgumentException("inconsistent CSR arrays");
        RowStart = rowStart;
        Target = target;
        Alpha = alpha;
        Beta = beta;
        RowVersion = new int[rowStart.Length - 1];
    }

    public int[] RowStart { get; }
    public int[] Target { get; }
    public double[] Alpha { get; }
    public double[] Beta { get; }
    public int Regions => RowStart.Length - 1;
    public int Edges => Target.Length;

    /// <summary>
    /// Counts the changes to each row (every <see cref="Observe"/> of one of its edges). Only ever increases, so a sum of
    /// versions changes exactly when one of them does: derived measures cached per body
    /// (<see cref="Observation.Metrics.MeanTrustAmongMembers(World, int)"/>) stay exact. α and β are changed through
    /// <see cref="Observe"/> only.
    /// </summary>
    internal int[] RowVersion { get; }

    private int[]? _reverse;

    /// <summary>For each edge i→j, the index of j→i, or -1. Built on first use (observers), then reused.</summary>
    internal int[] ReverseEdges()
    {
        if (_reverse is { } r) return r;
        r = new int[Target.Length];
        for (int i = 0; i < Regions; i++)
            for (int e = RowStart[i]; e < RowStart[i + 1]; e++) r[e] = Find(Target[e], i);
        return _reverse = r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double TrustAt(int edge)
    {
        // With total forgetting (λ = 0) and a weightless event, α = β = 0: no evidence either way, so ½.
        double total = Alpha[edge] + Beta[edge];
        return total > 0 ? Alpha[edge] / total : 0.5;
    }

    /// <summary>Edge index of from→to, or -1 if the two regions have no relation.</summary>
    public int Find(int from, int to)
    {
        int lo = RowStart[from], hi = RowStart[from + 1] - 1;
        var t = Target;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int v = t[mid];
            if (v == to) return mid;
            if (v < to) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    public double Trust(int from, int to)
    {
        int e = Find(from, to);
        return e < 0 ? double.NaN : TrustAt(e);
    }

    /// <summary>Beta update with forgetting: α ← λα + good, β ← λβ + bad.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Observe(int edge, double lambda, double good, double bad)
    {
        ObserveFrom(RowOf(edge), edge, lambda, good, bad);
    }

    /// <summary><see cref="Observe"/> of an edge of row <paramref name="from"/> (the engine knows the row: no search).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ObserveFrom(int from, int edge, double lambda, double good, double bad)
    {
        Alpha[edge] = lambda * Alpha[edge] + good;
        Beta[edge] = lambda * Beta[edge] + bad;
        RowVersion[from]++;
    }

    /// <summary>The row (trusting region) of an edge.</summary>
    internal int RowOf(int edge)
    {
        if ((uint)edge >= (uint)Target.Length) throw new ArgumentOutOfRangeException(nameof(edge));
        // The last row starting at or before the edge (rows before it may be empty and start there too).
        int lo = 0, hi = RowStart.Length - 2;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (RowStart[mid] <= edge) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>Builds a CSR network from (from, to) pairs, duplicates removed, with trust set by <paramref name="initial"/>.</summary>
    public static TrustNetwork Build(int regions, IEnumerable<(int From, int To)> pairs, Func<int, int, double> initial, double priorStrength)
    {
        var rows = new List<int>[regions];
        foreach (var (f, t) in pairs)
        {
            if (f == t) continue;
            (rows[f] ??= []).Add(t);
        }
        var rowStart = new int[regions + 1];
        var targets = new List<int>();
        for (int i = 0; i < regions; i++)
        {
            rowStart[i] = targets.Count;
            if (rows[i] is { } r)
            {
                r.Sort();
                for (int k = 0; k < r.Count; k++)
                    if (k == 0 || r[k] != r[k - 1]) targets.Add(r[k]);
            }
        }
        rowStart[regions] = targets.Count;
        var target = targets.ToArray();
        var alpha = new double[target.Length];
        var beta = new double[target.Length];
        for (int i = 0; i < regions; i++)
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                double t0 = Math.Clamp(initial(i, target[e]), 0.0, 1.0);
                alpha[e] = t0 * priorStrength;
                beta[e] = (1 - t0) * priorStrength;
            }
        return new TrustNetwork(rowStart, target, alpha, beta);
    }
}
