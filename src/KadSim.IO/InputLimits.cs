namespace KadSim.IO;

/// <summary>
/// Limits on input files, checked before anything is parsed or allocated in proportion to the input
/// (docs/reliability.md). Every rejection names the limit. Limits on what a scenario may contain are
/// in <see cref="KadSim.Scenario.ScenarioValidator"/>; limits on experiments in
/// <see cref="Experiments.SweepPlan"/>.
/// </summary>
public static class InputLimits
{
    /// <summary>Largest scenario, overlay, plan, calibration or design file read: 256 MiB.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Deepest nesting of objects and arrays in a JSON input file.</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>Most items in any one JSON array of an input file.</summary>
    public const int MaxArrayItems = 100_000;

    /// <summary>Most values (numbers, strings, booleans, nulls, objects and arrays) in one JSON input file.</summary>
    public const int MaxJsonValues = 2_000_000;

    /// <summary>Longest object key in a JSON input file, in characters.</summary>
    public const int MaxKeyLength = 256;
}
