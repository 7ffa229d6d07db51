namespace KadSim.IO.Output;

/// <summary>File names of the tables a traced run writes. Fixed names: nothing from a scenario ever becomes a path.</summary>
public static class TraceTables
{
    /// <summary>One row per region per tick.</summary>
    public const string RegionTicks = "region_ticks.parquet";

    /// <summary>One row per body per tick.</summary>
    public const string BodyTicks = "body_ticks.parquet";

    /// <summary>One row per logged event.</summary>
    public const string Events = "events.parquet";

    /// <summary>Every table, in the order they are written and listed in the manifest.</summary>
    public static IReadOnlyList<string> All { get; } = [RegionTicks, BodyTicks, Events];
}
