using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>A central-government incentive for cooperation bodies (brief §2: "may give incentives (none existed)").</summary>
public sealed class IncentiveSpec
{
    [Required, Description("First month, YYYY-MM.")]
    public YearMonth? Start { get; set; }

    [Description("Last month (inclusive); default: open-ended.")]
    public YearMonth? End { get; set; }

    [Required, Range(0, 1e13), Description("Amount per year to each qualifying active body, Rupiah.")]
    public double? AmountPerYear { get; set; }

    [Description("Lowest network stage a body must have reached to qualify.")]
    public NetworkStage MinStage { get; set; } = NetworkStage.Outreach;
}
