using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.IO.Experiments;

/// <summary>
/// A sweep plan as users write it (JSON): the scenario, the parameters to vary, the design, the number of
/// replications per point and the outputs. Paths are relative to the plan file.
/// </summary>
public sealed class SweepPlan
{
    /// <summary>Most design points a plan may have (checked before any run starts).</summary>
    public const int MaxPoints = 1_000_000;
    /// <summary>Most runs (points × replications) a plan may have.</summary>
    public const long MaxRuns = 50_000_000;
    /// <summary>Most parameters a plan may vary (Sobol designs: at most <see cref="KadSim.Experiments.Designs.SobolSequence.MaxDimensions"/>).</summary>
    public const int MaxParameters = 100;
    /// <summary>Most listed values of one parameter (each is checked against the scenario before any run).</summary>
    public const int MaxValuesPerParameter = 10_000;
    /// <summary>Most values in a design: points × parameters (each is held in memory as text and number).</summary>
    public const long MaxDesignValues = 5_000_000;

    [Description("Name of the experiment.")]
    public string? Name { get; set; }

    [Required, Description("Scenario file, relative to the plan.")]
    public string? Scenario { get; set; }

    [Description("Overlay files layered on the scenario, relative to the plan.")]
    public List<string> Overlays { get; set; } = [];

    [Description("Fixed overrides Path:To:Key=value applied to every run.")]
    public List<string> Set { get; set; } = [];

    [Description("The scenario keys varied.")]
    public List<PlanParameter> Parameters { get; set; } = [];

    [Required, Description("How design points are chosen.")]
    public DesignSpec? Design { get; set; }

    [Range(1, 1_000_000), Description("Replications (seeds) per design point.")]
    public int Replications { get; set; } = 1;

    [Range(0, long.MaxValue), Description("Base seed; run r of the sweep uses keyed randomness (seed, r).")]
    public long Seed { get; set; } = 1;

    [Description("Common random numbers: replicate k of every point uses the same seed (seed, k), so differences between points are not blurred by noise. Sensitivity analyses use it.")]
    public bool CommonRandomNumbers { get; set; }

    [Description("Optional outputs.")]
    public PlanOutputs Outputs { get; set; } = new();
}
