namespace KadSim.IO.Experiments;

/// <summary>How to execute a sweep: which shard of how many, how many threads, whether to start over.</summary>
public sealed record SweepOptions
{
    /// <summary>This process runs the runs r with r mod Shards = Shard (Slurm: SLURM_ARRAY_TASK_ID).</summary>
    public int Shard { get; init; }
    /// <summary>Number of shards (Slurm: SLURM_ARRAY_TASK_COUNT).</summary>
    public int Shards { get; init; } = 1;
    public int? MaxThreads { get; init; }
    /// <summary>Delete a previous sweep of another plan in the folder instead of refusing.</summary>
    public bool Force { get; init; }
    /// <summary>Runs per part file; 0 = automatic.</summary>
    public int BatchSize { get; init; }
    public IProgress<SweepProgress>? Progress { get; init; }
}
