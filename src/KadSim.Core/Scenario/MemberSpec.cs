using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>A region's membership in a body.</summary>
public sealed class MemberSpec
{
    [Required, Description("Id of the member region.")]
    public string? Region { get; set; }

    [Description("Month the region joins; default: the body's founding month.")]
    public YearMonth? Joined { get; set; }

    [Description("Month the region leaves (it is no longer a member from this month); default: never.")]
    public YearMonth? Left { get; set; }

    [Description("APBD post the member pays its dues through (brief §1, 2010–2011).")]
    public BudgetChannel Channel { get; set; } = BudgetChannel.Hibah;

    [Description("What the member does if its channel is closed by a rule event.")]
    public BanResponse BanResponse { get; set; } = BanResponse.Stop;

    [Description("Channel used under banResponse = SwitchChannel.")]
    public BudgetChannel AlternativeChannel { get; set; } = BudgetChannel.SkpdProgramme;

    [Range(0, 1), Description("How much the member holds the body's sectors as its own priority, 0..1 (brief §6: Kartamantul is effective in sectors all three feel as priorities).")]
    public double Priority { get; set; } = 0.5;

    [Range(0, 100), Description("Relative production potential the member brings to joint markets (comparative advantage); benefits from auctions are shared in proportion. Source: assumption.")]
    public double Potential { get; set; } = 1;

    [Description("Informational, shown in outputs: true for the region whose head initiated the body (brief §6: Purbalingga for BARLINGMASCAKEB).")]
    public bool Founder { get; set; }
}
