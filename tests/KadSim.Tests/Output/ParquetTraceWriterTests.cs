using KadSim.Engine;
using KadSim.IO.Output;
using KadSim.Observation;

namespace KadSim.Tests.Output;

public sealed class ParquetTraceWriterTests : IDisposable
{
    private readonly List<string> _dirs = [];

    public void Dispose()
    {
        foreach (var dir in _dirs) OutputTestSupport.DeleteQuietly(dir);
    }

    /// <summary>Writes a trace with the given chunk size and returns its committed folder.</summary>
    private string Trace(int chunkRows)
    {
        var dir = OutputTestSupport.NewTempDir($"chunks{chunkRows}");
        _dirs.Add(dir);
        var spec = OutputTestSupport.LoadBarlingmascakeb();
        var folder = RunFolder.Prepare(dir, force: false);
        var sim = new Simulation(spec, 5);
        using var writer = new ParquetTraceWriter(folder, sim.Run);
        var summary = sim.RunToEnd(new TraceRecorder(writer, chunkRows));
        Assert.True(writer.IsComplete);
        folder.Commit(TraceTables.All, RunManifest.Create(spec, sim.Seed, sim.Run, [], [], writer.Outputs, summary));
        return dir;
    }

    [Fact]
    public void Small_chunks_give_many_row_groups_with_the_same_content()
    {
        var small = Trace(chunkRows: 7);   // not a multiple of the 5 regions: chunks flush early
        var large = Trace(chunkRows: 1 << 16);
        using var db = new DuckQuery();
        foreach (var table in new[] { TraceTables.RegionTicks, TraceTables.BodyTicks })
        {
            string a = DuckQuery.Table(Path.Combine(small, table)), b = DuckQuery.Table(Path.Combine(large, table));
            Assert.Equal(db.Rows($"SELECT * FROM {b} ORDER BY ALL"), db.Rows($"SELECT * FROM {a} ORDER BY ALL"));
            long groups = db.Long($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{Path.Combine(small, table)}')");
            Assert.True(groups >= 240 / 7, $"{table}: {groups} row groups");
            Assert.Equal(1, db.Long($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{Path.Combine(large, table)}')"));
        }
    }

    [Fact]
    public void Writing_before_open_is_refused()
    {
        var dir = OutputTestSupport.NewTempDir("unopened");
        _dirs.Add(dir);
        using var writer = new ParquetTraceWriter(RunFolder.Prepare(dir, force: false));
        Assert.Throws<InvalidOperationException>(() => writer.WriteRegions(new RegionTraceChunk(4)));
    }
}
