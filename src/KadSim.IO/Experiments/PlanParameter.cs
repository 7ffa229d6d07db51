using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.IO.Experiments;

/// <summary>A scenario key varied by a sweep: a numeric range or a list of values.</summary>
public sealed class PlanParameter
{
    [Required, Description("Scenario key as in --set, e.g. 'parameters:learningRate' or 'bodies:0:operatingCostPerMonth'.")]
    public string? Key { get; set; }

    [Description("Column name in results; default: the key's last part (or the key with ':' → '_' if that is ambiguous).")]
    public string? Name { get; set; }

    [Description("Lower end of a numeric range.")]
    public double? Min { get; set; }

    [Description("Upper end of a numeric range.")]
    public double? Max { get; set; }

    [Description("Round values to whole numbers (for integer keys).")]
    public bool Integer { get; set; }

    [Description("A list of values instead of a range (numbers or names such as 'Equal', 'BenefitProportional').")]
    public List<string> Values { get; set; } = [];
}
