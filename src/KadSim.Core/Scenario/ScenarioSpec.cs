using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>
/// A scenario as users write it (JSON in <c>scenarios/</c>) or build it in code. Plain data: the engine
/// compiles it into columns (<see cref="State.World"/>). Validate with <see cref="ScenarioValidator"/>.
/// </summary>
public sealed class ScenarioSpec
{
    [Required, Description("Short name of the scenario, shown in outputs and reports.")]
    public string? Name { get; set; }

    [Description("What question the scenario asks, in plain words.")]
    public string? Description { get; set; }

    [Required, Description("First simulated month, YYYY-MM.")]
    public YearMonth? Start { get; set; }

    [Required, Description("Last simulated month (inclusive), YYYY-MM.")]
    public YearMonth? End { get; set; }

    [Range(0, long.MaxValue), Description("Default random seed; --seed overrides it.")]
    public long Seed { get; set; } = 1;

    [Description("Direct elections of heads (brief §1, 2005).")]
    public ElectionSpec Elections { get; set; } = new();

    [Required, Description("Regions (kabupaten and kota) taking part.")]
    public List<RegionSpec> Regions { get; set; } = [];

    [Description("Provinces: governors who may supervise, mediate and grant money (brief §2).")]
    public List<ProvinceSpec> Provinces { get; set; } = [];

    [Required, Description("Cooperation bodies and their members (brief §3).")]
    public List<BodySpec> Bodies { get; set; } = [];

    [Description("Donors and NGOs giving project grants with an end date (brief §2).")]
    public List<DonorSpec> Donors { get; set; } = [];

    [Description("The central government: incentives for cooperation (brief §2).")]
    public CentralSpec Central { get; set; } = new();

    [Description("Overrides of institutional formats' default profiles (brief §3).")]
    public List<FormatSpec> Formats { get; set; } = [];

    [Description("Dated rule changes on the legal timeline (brief §1).")]
    public List<RuleEventSpec> Events { get; set; } = [];

    [Description("Initial trust between particular pairs of regions, overriding the format's initial trust.")]
    public List<TrustSpec> Trust { get; set; } = [];

    [Description("Model parameters; every one has a default (see docs/model.md).")]
    public ModelParameters Parameters { get; set; } = new();
}
