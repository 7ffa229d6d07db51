using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.Scenario;

/// <summary>Overrides of one institutional format's default profile (brief §3 table; defaults in docs/model.md §7.1).</summary>
public sealed class FormatSpec
{
    [Required, Description("The format whose profile to change.")]
    public CooperationFormat? Format { get; set; }

    [Description("Management model.")]
    public ManagementModel? Management { get; set; }

    [Range(0, 120), Description("Months until the body delivers at full speed.")]
    public int? StartupMonths { get; set; }

    [Range(0, 1), Description("Integration with members' SKPDs, 0..1.")]
    public double? SkpdIntegration { get; set; }

    [Range(0, 1), Description("Initial trust between members and in the manager, 0..1.")]
    public double? InitialTrust { get; set; }

    [Range(0, 1), Description("Authority to sanction breaches, 0..1.")]
    public double? SanctionAuthority { get; set; }

    [Range(1, 120), Description("Months between forum meetings.")]
    public int? MeetingIntervalMonths { get; set; }

    [Range(0, 1e13), Description("Operating cost per month, Rupiah.")]
    public double? OperatingCostPerMonth { get; set; }
}
