using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.Scenario;

/// <summary>Initial trust of one region in another (directed).</summary>
public sealed class TrustSpec
{
    [Required, Description("Id of the trusting region.")]
    public string? From { get; set; }

    [Required, Description("Id of the trusted region.")]
    public string? To { get; set; }

    [Required, Range(0, 1), Description("Initial trust, 0..1.")]
    public double? Value { get; set; }
}
