namespace KadSim.IO.Experiments;

/// <summary>How a sweep chooses its design points.</summary>
public enum DesignType
{
    /// <summary>Full factorial grid: every combination of the parameters' levels or values.</summary>
    Grid,
    /// <summary>Latin hypercube sample of <c>points</c> points.</summary>
    LatinHypercube,
    /// <summary>The first <c>points</c> points of a Sobol low-discrepancy sequence.</summary>
    Sobol,
    /// <summary>Explicit points from a CSV (header = parameter names) or JSONL file (one object per line).</summary>
    File,
}
