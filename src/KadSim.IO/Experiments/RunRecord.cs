using KadSim.Observation;

namespace KadSim.IO.Experiments;

/// <summary>One row of a run table: which run, and the outcome of its main (first) body.</summary>
public sealed record RunRecord(long Run, int Point, int Replicate, ulong Seed, RunSummary Summary);
