namespace KadSim.IO.Output;

/// <summary>How to run and record a scenario with <see cref="TraceRun"/>.</summary>
public sealed record RunRequest
{
    /// <summary>Random seed; null uses the scenario's seed.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Run index: with the seed, keys every random draw.</summary>
    public int RunIndex { get; init; }

    /// <summary>Overwrite a completed run already in the output folder.</summary>
    public bool Force { get; init; }

    /// <summary>The scenario's base file and overlays, in order, as recorded in the manifest.</summary>
    public IReadOnlyList<string> ScenarioFiles { get; init; } = [];

    /// <summary>The <c>--set</c> overrides, as recorded in the manifest.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];
}
