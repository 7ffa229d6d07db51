using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.IO.Experiments;

/// <summary>The design of a sweep.</summary>
public sealed class DesignSpec
{
    [Required, Description("Grid, LatinHypercube, Sobol or File.")]
    public DesignType? Type { get; set; }

    [Range(1, SweepPlan.MaxPoints), Description("Number of points for LatinHypercube and Sobol designs.")]
    public int? Points { get; set; }

    [Range(2, 1000), Description("Grid: levels per numeric parameter (min and max included).")]
    public int Levels { get; set; } = 3;

    [Description("File: path (relative to the plan) of a CSV or JSONL file of design points.")]
    public string? File { get; set; }
}
