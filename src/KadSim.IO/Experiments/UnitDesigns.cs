using KadSim.Experiments.Designs;

namespace KadSim.IO.Experiments;

/// <summary>Points in the unit hypercube for each design type (the Core generators, as plain arrays).</summary>
internal static class UnitDesigns
{
    /// <summary>Full grid, row-major; a dimension with k levels takes j/(k−1), or ½ when k = 1.</summary>
    public static double[][] Grid(int[] levels) => levels.Length == 0 ? [[]] : FullGrid.Create(levels, GridPlacement.Endpoints).Points;

    public static double[][] LatinHypercube(int n, int dims, ulong seed) => KadSim.Experiments.Designs.LatinHypercube.Create(n, dims, seed).Points;

    public static double[][] Sobol(int n, int dims) => SobolSequence.Create(n, dims).Points;
}
