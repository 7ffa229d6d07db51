using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.Scenario;

/// <summary>A province (governor): may grant money to bodies, subject to political will (brief §2, mechanism 14).</summary>
public sealed class ProvinceSpec
{
    [Required, Description("Unique id, e.g. 'jawa-tengah'.")]
    public string? Id { get; set; }

    [Description("Display name.")]
    public string? Name { get; set; }

    [Range(0, 1), Description("Political will to support cooperation, 0..1: the yearly chance a grant line is actually paid (brief §2: 'often lacks political will').")]
    public double PoliticalWill { get; set; } = 0.5;

    [Description("Grant lines from the provincial APBD to bodies.")]
    public List<GrantSpec> Grants { get; set; } = [];
}
