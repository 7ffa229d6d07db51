using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>A dated change of the rules of the game (brief §1), e.g. the 2011 hibah ban.</summary>
public sealed class RuleEventSpec
{
    [Required, Description("Month the rule takes effect, YYYY-MM.")]
    public YearMonth? Date { get; set; }

    [Required, Description("What changes.")]
    public RuleEventType? Type { get; set; }

    [Description("The budget channel, for CloseChannel and OpenChannel.")]
    public BudgetChannel? Channel { get; set; }

    [Description("The province id, for SetProvinceWill.")]
    public string? Province { get; set; }

    [Range(0, 1), Description("The new value, for SetProvinceWill.")]
    public double? Value { get; set; }

    [Description("The rule's name and source, e.g. 'Permendagri 32/2011 art. 7 (brief §1)'.")]
    public string? Note { get; set; }
}
