using System.ComponentModel;

namespace KadSim.IO.Experiments;

/// <summary>What a sweep writes besides its run table.</summary>
public sealed class PlanOutputs
{
    [Description("Also write full traces (region_ticks, body_ticks, events) of every run, Hive-partitioned by point and replicate.")]
    public bool Traces { get; set; }
}
