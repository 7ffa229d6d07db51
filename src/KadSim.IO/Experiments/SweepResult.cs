namespace KadSim.IO.Experiments;

/// <summary>What a sweep (or this shard of it) did.</summary>
public sealed record SweepResult(string OutDir, long ShardRuns, long Ran, long Resumed, string RunsDir);
