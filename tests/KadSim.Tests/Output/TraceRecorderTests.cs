using KadSim.Engine;
using KadSim.Observation;
using KadSim.State;

namespace KadSim.Tests.Output;

public sealed class TraceRecorderTests
{
    /// <summary>Keeps nothing: measures the recorder alone.</summary>
    private sealed class NullWriter : ITraceWriter
    {
        public int Rows;
        public double AuctionValue;
        public void Open(World world) { }
        public void WriteRegions(RegionTraceChunk chunk) => Rows += chunk.Count;
        public void WriteBodies(BodyTraceChunk chunk)
        {
            for (int k = 0; k < chunk.Count; k++) AuctionValue += chunk.AuctionValue[k];
        }
        public void Complete(World world) { }
    }

    [Theory]
    [InlineData(7)]        // chunks flush every tick or two
    [InlineData(1 << 16)]  // one chunk for the whole run
    public void Recording_every_tick_allocates_nothing(int chunkRows)
    {
        var spec = OutputTestSupport.LoadBarlingmascakeb();
        var sim = new Simulation(spec, 3);
        var writer = new NullWriter();
        var recorder = new TraceRecorder(writer, chunkRows);
        recorder.Begin(sim.World);
        for (int t = 0; t < 24; t++) { sim.Step(); recorder.AfterTick(sim.World); } // warm-up: JIT and first-use paths
        long before = GC.GetAllocatedBytesForCurrentThread();
        while (!sim.Finished) { sim.Step(); recorder.AfterTick(sim.World); }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        recorder.End(sim.World);
        Assert.Equal(0, allocated);
        Assert.Equal(sim.World.Calendar.Ticks * sim.World.Regions.Count, writer.Rows);
        Assert.True(writer.AuctionValue > 0, "no auction value reached the chunks");
    }
}
