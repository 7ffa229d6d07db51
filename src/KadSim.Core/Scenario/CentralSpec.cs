using System.ComponentModel;

namespace KadSim.Scenario;

/// <summary>The central government beyond its rules (which are dated events): incentives for cooperation (brief §2, §4.14).</summary>
public sealed class CentralSpec
{
    [Description("Incentive schemes paying qualifying bodies.")]
    public List<IncentiveSpec> Incentives { get; set; } = [];
}
