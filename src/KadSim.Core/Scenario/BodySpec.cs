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

    [Range(0, 1), Description("Initial trust between members and in the manager or secretariat, 0..1; default from the format (brief §3 'initial trust').")]
    public double? InitialTrust { get; set; }

    [Range(1, 120), Description("Months between forum meetings of heads; default from the format (brief §4.3: yearly at first).")]
    public int? MeetingIntervalMonths { get; set; }

    [Range(0, 120), Description("Months until the body delivers at full speed; default from the format (brief §3 'start-up').")]
    public int? StartupMonths { get; set; }

    [Range(0, 1), Description("Integration with members' SKPDs, 0..1; default from the format (brief §3).")]
    public double? SkpdIntegration { get; set; }

    [Range(0, 1), Description("Authority to sanction members' and participants' breaches, 0..1; default from the format (brief §4.7).")]
    public double? SanctionAuthority { get; set; }

    [Description("Network stage at founding (Agranoff and McGuire; brief §3).")]
    public NetworkStage InitialStage { get; set; } = NetworkStage.Information;

    [Range(0, 1), Description("How complementary members' products are, 0..1: 0 = the same products (rivalry unless coordinated), 1 = complementary advantages (brief §4.9).")]
    public double Complementarity { get; set; } = 0.5;

    [Range(0, 1), Description("Political colouring of the body, 0..1: presses province and centre for money but weakens execution (brief §4.15).")]
    public double Politicisation { get; set; }

    [Range(0, 1), Description("Exchange with other cooperation bodies, 0..1: best practice and bargaining power (brief §4.16).")]
    public double Networking { get; set; }

    [Range(0, 1), Description("How specific and operational the agreements are, 0..1 (brief §6 Jabodetabekjur: 'agreements too macro').")]
    public double AgreementFocus { get; set; } = 0.7;

    [Description("The agreement has sanctions for breach (wanprestasi) (brief §1, §4.12).")]
    public bool SanctionClause { get; set; }

    [Description("Members report monthly to the coordination team (TKKSD), the prescribed control (brief §4.12).")]
    public bool ReportingToTkksd { get; set; }

    [Description("The joint secretariat rotates every 2 years between members' Bappeda (brief §3 reform proposal).")]
    public bool SecretariatRotation { get; set; }

    [Range(0, 1), Description("Intensity of capacity building for cooperation staff, 0..1 (Permendagri 19/2009; brief §4.11).")]
    public double CapacityBuilding { get; set; }

    [Description("Joint programmes: auctions and joint services.")]
    public List<ProgrammeSpec> Programmes { get; set; } = [];

    [Required, Description("Member regions.")]
    public List<MemberSpec> Members { get; set; } = [];
}
