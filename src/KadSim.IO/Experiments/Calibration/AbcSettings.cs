using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>Settings of ABC rejection sampling: how many prior draws, and the share of them accepted.</summary>
public sealed class AbcSettings
{
    /// <summary>Most prior samples.</summary>
    public const int MaxSamples = 1_000_000;

    [Range(1, MaxSamples), Description("Parameter vectors drawn from the priors (a Latin hypercube), each evaluated with all replications.")]
    public int Samples { get; set; } = 200;

    [Range(0, 1, MinimumIsExclusive = true), Description("Fraction of the samples with the smallest distance accepted as the posterior sample (0 < accept ≤ 1).")]
    public double Accept { get; set; } = 0.1;
}
