using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// A calibration as users write it (JSON): the scenario, the parameters to fit with their uniform priors,
/// the observed targets, the replications per evaluation, and the settings of the ABC rejection step and
/// of the optimiser that refines its best sample. Paths are relative to the calibration file.
/// </summary>
public sealed class CalibrationFile
{
    /// <summary>Most replications per evaluation.</summary>
    public const int MaxReplications = 100_000;

    [Description("Name of the calibration.")]
    public string? Name { get; set; }

    [Required, Description("Scenario file, relative to the calibration file.")]
    public string? Scenario { get; set; }

    [Description("Overlay files layered on the scenario, relative to the calibration file.")]
    public List<string> Overlays { get; set; } = [];

    [Description("Fixed overrides Path:To:Key=value applied to every run.")]
    public List<string> Set { get; set; } = [];

    [Required, Description("The scenario keys fitted, each with a uniform prior [min, max].")]
    public List<CalibrationParameter> Parameters { get; set; } = [];

    [Required, Description("The observed values the simulated statistics are fitted to.")]
    public List<CalibrationTarget> Targets { get; set; } = [];

    [Range(1, MaxReplications), Description("Replications (seeds) per evaluation; every evaluation uses the same runs 0..R-1 (common random numbers).")]
    public int Replications { get; set; } = 20;

    [Range(0, long.MaxValue), Description("Base seed; replication r uses keyed randomness (seed, r). Also seeds the Latin hypercube of the ABC step.")]
    public long Seed { get; set; } = 1;

    [Description("ABC rejection sampling.")]
    public AbcSettings Abc { get; set; } = new();

    [Description("Local optimisation started from the best ABC sample.")]
    public OptimizerSettings Optimizer { get; set; } = new();
}
