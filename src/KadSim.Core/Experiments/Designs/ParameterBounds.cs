namespace KadSim.Experiments.Designs;

/// <summary>
/// The range [<see cref="Min"/>, <see cref="Max"/>] a unit design coordinate is mapped onto. Inputs
/// are treated as independent and uniform on their range, the usual assumption of variance-based
/// sensitivity analysis (Saltelli et al. 2008, <i>Global Sensitivity Analysis: The Primer</i>).
/// </summary>
public readonly record struct ParameterBounds(double Min, double Max)
{
    /// <summary>Linear map of unit coordinate <paramref name="u"/> onto the range.</summary>
    public double Map(double u) => Design.ScaleLinear(u, Min, Max);
}
