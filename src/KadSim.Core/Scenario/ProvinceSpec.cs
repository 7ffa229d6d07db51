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

    [Range(0, 1), Description("How actively the governor supervises district cooperation, 0..1 (brief §1, 2009: 'in practice governors never exercised this role'). Raises dues compliance and mediates disputes.")]
    public double Supervision { get; set; }

    [Range(0, 1), Description("The province's authority to sanction breaches of programmes it backs (e.g. a nationwide blacklist), 0..1 (brief §5).")]
    public double SanctionAuthority { get; set; } = 0.7;

    [Description("Grant lines from the provincial APBD to bodies.")]
    public List<GrantSpec> Grants { get; set; } = [];
}
