using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.Scenario;

/// <summary>Annual dues per member from a fiscal year on (until the next step).</summary>
public sealed class DuesStepSpec
{
    [Required, Range(1900, 2200), Description("First fiscal year this amount applies.")]
    public int? From { get; set; }

    [Required, Range(0, 1e14), Description("Dues per member per year in Rupiah (under equal dues; the mean under proportional dues).")]
    public double? Amount { get; set; }
}
