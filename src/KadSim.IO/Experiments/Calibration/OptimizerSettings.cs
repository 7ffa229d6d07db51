using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>Settings of the local optimiser that refines the best ABC sample.</summary>
public sealed class OptimizerSettings
{
    [Description("NelderMead (MathNet.Numerics' Nelder–Mead simplex on the unit cube of the priors), or None to stop after ABC.")]
    public OptimizerMethod Method { get; set; } = OptimizerMethod.NelderMead;

    [Range(1, 1_000_000), Description("Most objective evaluations of the optimiser (each runs all replications).")]
    public int MaxIterations { get; set; } = 200;

    [Range(0, 1, MinimumIsExclusive = true), Description("Initial simplex step, as a share of each prior's width.")]
    public double InitialStep { get; set; } = 0.1;

    [Range(0, 1, MinimumIsExclusive = true), Description("Convergence: stop when the simplex's relative range of distances is below this.")]
    public double Tolerance { get; set; } = 1e-4;
}
