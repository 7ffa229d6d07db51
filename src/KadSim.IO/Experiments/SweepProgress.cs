namespace KadSim.IO.Experiments;

/// <summary>Progress of a sweep: runs done in this process, runs to do in total (this shard), runs found done before.</summary>
public readonly record struct SweepProgress(long Done, long Total, long Resumed);
