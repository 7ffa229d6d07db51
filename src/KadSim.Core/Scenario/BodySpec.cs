using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>A cooperation body (badan kerja sama) and its members (brief §3).</summary>
public sealed class BodySpec
{
    [Required, Description("Unique id, e.g. 'barlingmascakeb'.")]
    public string? Id { get; set; }

    [Description("Display name.")]
    public string? Name { get; set; }

    [Description("Institutional format (brief §3); sets defaults for management, meetings, initial trust and costs.")]
    public CooperationFormat Format { get; set; } = CooperationFormat.Sekber;

    [Description("Management model; default from the format.")]
    public ManagementModel? Management { get; set; }

    [Description("Legal basis of the cooperation.")]
    public LegalBasis LegalBasis { get; set; } = LegalBasis.JointDecree;

    [Required, Description("Month the body is formed (e.g. the joint decree), YYYY-MM.")]
    public YearMonth? Founded { get; set; }

    [Description("How dues are split among members.")]
    public DuesRule DuesRule { get; set; } = DuesRule.Equal;

    [Description("Dues schedule: amount per member per year from a fiscal year on.")]
    public List<DuesStepSpec> Dues { get; set; } = [];

    [Range(0, 1e13), Description("Operating cost per month in Rupiah (staff, office, meetings); default from the format.")]
    public double? OperatingCostPerMonth { get; set; }

    [Range(0, 1e15), Description("Funds in hand when the body is founded, in Rupiah.")]
    public double InitialFunds { get; set; }

    [Range(0, 1), Description("Initial trust between members, 0..1; default from the format (brief §3 'initial trust').")]
    public double? InitialTrust { get; set; }

    [Range(1, 120), Description("Months between forum meetings of heads; default from the format (brief §4.3: yearly at first).")]
    public int? MeetingIntervalMonths { get; set; }

    [Required, Description("Member regions.")]
    public List<MemberSpec> Members { get; set; } = [];
}
