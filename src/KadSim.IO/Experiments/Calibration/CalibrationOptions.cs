namespace KadSim.IO.Experiments.Calibration;

/// <summary>How to execute a calibration: how many threads, and where to report progress.</summary>
public sealed record CalibrationOptions
{
    /// <summary>Worker threads (default: all cores). Results do not depend on it.</summary>
    public int? MaxThreads { get; init; }

    /// <summary>Receives progress on the calling thread, in order.</summary>
    public IProgress<CalibrationProgress>? Progress { get; init; }
}
