using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>Money to a body from a province or donor, paid in equal monthly parts between start and end (inclusive).</summary>
public sealed class GrantSpec
{
    [Required, Description("Id of the receiving body.")]
    public string? Body { get; set; }

    [Required, Description("First month of the grant, YYYY-MM.")]
    public YearMonth? Start { get; set; }

    [Required, Description("Last month of the grant (inclusive), YYYY-MM.")]
    public YearMonth? End { get; set; }

    [Required, Range(0, 1e15), Description("Total amount over the whole grant period, in Rupiah.")]
    public double? Total { get; set; }

    [Description("True for a grant known to have been paid (a historical fact): a province grant then does not depend on political will.")]
    public bool Committed { get; set; }

    [Description("Where the number comes from (free text).")]
    public string? Source { get; set; }
}
