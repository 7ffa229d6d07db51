using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>Election calendar of heads (brief §1: direct elections from 2005, 5-year terms, at most two terms).</summary>
public sealed class ElectionSpec
{
    [Description("Month of the first direct election for regions that set no nextElection of their own (brief §1: 2005).")]
    public YearMonth? FirstDirectElection { get; set; } = new YearMonth(2005, 6);

    [Range(12, 240), Description("Length of a head's term in months (brief §1: 5 years = 60).")]
    public int TermMonths { get; set; } = 60;

    [Range(0, 10), Description("Most consecutive terms a head may serve; 0 = no limit (brief §1: two terms).")]
    public int MaxTerms { get; set; } = 2;

    [Description("If false, heads never change: the 'no turnover' counterfactual (brief §7 P1).")]
    public bool Turnover { get; set; } = true;
}
