namespace KadSim.Observation;

/// <summary>Summary of one run: identity (seed, run) and the outcome of every body.</summary>
public sealed record RunSummary(ulong Seed, int Run, int Ticks, int HeadTurnovers, IReadOnlyList<BodyOutcome> Bodies)
{
    /// <summary>The first body's outcome: most scenarios have one body.</summary>
    public BodyOutcome Main => Bodies[0];
}
