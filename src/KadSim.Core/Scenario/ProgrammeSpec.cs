using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>A joint programme of a body: a forward commodity auction or a joint public service.</summary>
public sealed class ProgrammeSpec
{
    [Required, Description("Unique id within the body, e.g. 'auction' or 'waste'.")]
    public string? Id { get; set; }

    [Required, Description("Auction or JointService.")]
    public ProgrammeType? Type { get; set; }

    [Description("First month the programme runs; default: the body's founding month.")]
    public YearMonth? Start { get; set; }

    [Description("Last month the programme runs (inclusive); default: open-ended.")]
    public YearMonth? End { get; set; }

    // --- Auction (brief §5)
    [Description("Auction: the planned auction months, YYYY-MM (brief §6: 19 auctions 2004–2009, 2–3 a year). Auctions run only while the body is active.")]
    public List<YearMonth> Schedule { get; set; } = [];

    [Description("Auction: further auctions planned each year after the explicit schedule ends, in these calendar months (e.g. [3, 8]).")]
    public List<int> RecurringMonths { get; set; } = [];

    [Description("Auction: months of the main harvests, 1–12 (supply peaks then).")]
    public List<int> HarvestMonths { get; set; } = [];

    [Range(0, 1e15), Description("Auction: value of tradable produce of all members per year that an auction could reach at full participation, Rupiah. Source: calibrated (docs/validation.md).")]
    public double MarketSizePerYear { get; set; } = 5e11;

    [Range(0, 1e12), Description("Auction: organising cost per event (transport, lodging, committee), Rupiah (brief §5: tens of millions).")]
    public double OrganisingCost { get; set; } = 30e6;

    [Range(0, 0.1), Description("Auction: fee the body keeps on realised transactions (own revenue), share. Source: assumption.")]
    public double FeeRate { get; set; }

    [Description("Auction: the province backs contracts with its authority to sanction (e.g. a nationwide blacklist, brief §5).")]
    public bool ProvinceSanctions { get; set; }

    // --- Joint service
    [Description("Joint service: the sector, e.g. 'solid waste', 'clean water'.")]
    public string? Sector { get; set; }

    [Range(0, 1e13), Description("Joint service: value of the service per month to a member that holds the sector a full priority, at full delivery, Rupiah. Source: assumption.")]
    public double BenefitPerMonth { get; set; } = 50e6;

    [Range(0, 1e13), Description("Joint service: cost per month paid by the body at full delivery, Rupiah. Source: assumption.")]
    public double CostPerMonth { get; set; }

    [Range(0, 1e13), Description("Joint service: fees and retribution the body earns per month at full delivery (own revenue from joint projects, brief §4.4), Rupiah. Source: assumption.")]
    public double RevenuePerMonth { get; set; }
}
