using KadSim.State;

namespace KadSim.Observation;

/// <summary>
/// Where a <see cref="TraceRecorder"/> sends full chunks (the I/O layer writes them as Parquet row groups).
/// A chunk's arrays are reused after the call returns: copy or write them before returning.
/// </summary>
public interface ITraceWriter
{
    void Open(World world);
    void WriteRegions(RegionTraceChunk chunk);
    void WriteBodies(BodyTraceChunk chunk);
    /// <summary>The run ended: write the event log and finish the tables.</summary>
    void Complete(World world);
}
