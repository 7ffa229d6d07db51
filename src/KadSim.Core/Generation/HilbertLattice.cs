namespace KadSim.Generation;

/// <summary>
/// Synthetic geography: region i sits on cell i of a Hilbert curve through a square lattice (the first N
/// cells of the curve through the smallest 2^k × 2^k square that holds N). The curve is continuous, so
/// runs of consecutive regions (provinces) are compact blobs, and regions near in space are mostly near in
/// index (good memory locality for the CSR trust network). Two regions border if their cells touch,
/// sides or corners (Chebyshev distance 1).
/// </summary>
public sealed class HilbertLattice
{
    private readonly int[] _x, _y;
    private readonly int[] _cell; // cell (y·Side + x) → region, or -1

    public HilbertLattice(int regions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(regions, 1);
        int side = 1;
        while ((long)side * side < regions) side *= 2;
        Side = side;
        Count = regions;
        _x = new int[regions];
        _y = new int[regions];
        _cell = new int[side * side];
        Array.Fill(_cell, -1);
        for (int i = 0; i < regions; i++)
        {
            var (x, y) = Point(side, i);
            _x[i] = x;
            _y[i] = y;
            _cell[y * side + x] = i;
        }
    }

    public int Side { get; }
    public int Count { get; }

    public int X(int region) => _x[region];
    public int Y(int region) => _y[region];

    /// <summary>The region at (x, y), or -1 (outside the lattice or past the N-th cell).</summary>
    public int At(int x, int y) => (uint)x < (uint)Side && (uint)y < (uint)Side ? _cell[y * Side + x] : -1;

    /// <summary>Adds to <paramref name="into"/> the regions at Chebyshev distance exactly <paramref name="ring"/> from <paramref name="region"/>.</summary>
    public void Ring(int region, int ring, List<int> into)
    {
        int cx = _x[region], cy = _y[region];
        if (ring == 0) { into.Add(region); return; }
        for (int dx = -ring; dx <= ring; dx++)
        {
            Add(cx + dx, cy - ring, into);
            Add(cx + dx, cy + ring, into);
        }
        for (int dy = -ring + 1; dy <= ring - 1; dy++)
        {
            Add(cx - ring, cy + dy, into);
            Add(cx + ring, cy + dy, into);
        }
    }

    /// <summary>True if the two regions' cells touch (sides or corners).</summary>
    public bool Borders(int a, int b) =>
        a != b && Math.Abs(_x[a] - _x[b]) <= 1 && Math.Abs(_y[a] - _y[b]) <= 1;

    private void Add(int x, int y, List<int> into)
    {
        int r = At(x, y);
        if (r >= 0) into.Add(r);
    }

    /// <summary>Cell d of the Hilbert curve through an n × n square (n a power of two).</summary>
    public static (int X, int Y) Point(int n, long d)
    {
        int x = 0, y = 0;
        long t = d;
        for (int s = 1; s < n; s *= 2)
        {
            int rx = (int)(1 & (t / 2));
            int ry = (int)(1 & (t ^ rx));
            if (ry == 0)
            {
                if (rx == 1)
                {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                (x, y) = (y, x);
            }
            x += s * rx;
            y += s * ry;
            t /= 4;
        }
        return (x, y);
    }
}
