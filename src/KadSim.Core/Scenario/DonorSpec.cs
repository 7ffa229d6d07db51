using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.Scenario;

/// <summary>A donor, NGO or ministry programme giving project grants with an end date (brief §2).</summary>
public sealed class DonorSpec
{
    [Required, Description("Unique id.")]
    public string? Id { get; set; }

    [Description("Display name.")]
    public string? Name { get; set; }

    [Description("Grants: each paid in equal monthly parts from start to end.")]
    public List<GrantSpec> Grants { get; set; } = [];
}
