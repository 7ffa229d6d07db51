using KadSim.IO.Output;

namespace KadSim.Tests.Output;

public sealed class RunFolderTests : IDisposable
{
    private readonly string _dir = OutputTestSupport.NewTempDir("folder");

    public void Dispose() => OutputTestSupport.DeleteQuietly(_dir);

    [Fact]
    public void Prepare_creates_the_folder()
    {
        var folder = RunFolder.Prepare(_dir, force: false);
        Assert.True(Directory.Exists(_dir));
        Assert.Equal(Path.GetFullPath(_dir), folder.Directory);
        Assert.Equal(Path.Combine(folder.Directory, "events.parquet.partial"), folder.PartialPath(TraceTables.Events));
    }

    [Theory]
    [InlineData("../escape.parquet")]
    [InlineData("sub/x.parquet")]
    [InlineData("..")]
    [InlineData("")]
    public void Names_must_be_bare_file_names(string name)
    {
        var folder = RunFolder.Prepare(_dir, force: false);
        Assert.ThrowsAny<ArgumentException>(() => folder.PartialPath(name));
    }

    [Fact]
    public void Commit_renames_partials_and_writes_the_manifest_last()
    {
        var folder = RunFolder.Prepare(_dir, force: false);
        File.WriteAllText(folder.PartialPath("a.parquet"), "a");
        var manifest = SampleManifest();
        var path = folder.Commit(["a.parquet"], manifest);

        Assert.Equal(["a.parquet", "manifest.json"], Files());
        Assert.Equal("a", File.ReadAllText(Path.Combine(_dir, "a.parquet")));
        Assert.Equal(manifest.ScenarioHash, RunManifest.Read(path).ScenarioHash);
    }

    [Fact]
    public void Commit_without_the_partial_file_writes_no_manifest()
    {
        var folder = RunFolder.Prepare(_dir, force: false);
        Assert.Throws<FileNotFoundException>(() => folder.Commit([TraceTables.Events], SampleManifest()));
        Assert.False(File.Exists(Path.Combine(_dir, RunFolder.ManifestName)));
    }

    [Fact]
    public void Abandon_deletes_only_partial_files()
    {
        var folder = RunFolder.Prepare(_dir, force: false);
        File.WriteAllText(folder.PartialPath(TraceTables.Events), "x");
        File.WriteAllText(folder.PartialPath("custom.bin"), "x");
        File.WriteAllText(Path.Combine(_dir, "keep.txt"), "x");
        folder.Abandon();
        Assert.Equal(["keep.txt"], Files());
    }

    [Fact]
    public void Prepare_refuses_a_completed_run_unless_forced_and_then_deletes_only_known_files()
    {
        Directory.CreateDirectory(_dir);
        foreach (var name in RunFolder.KnownFiles) File.WriteAllText(Path.Combine(_dir, name), "old");
        File.WriteAllText(Path.Combine(_dir, "keep.txt"), "x");

        Assert.Throws<OutputExistsException>(() => RunFolder.Prepare(_dir, force: false));
        Assert.Equal(5, Files().Count);

        RunFolder.Prepare(_dir, force: true);
        Assert.Equal(["keep.txt"], Files());
    }

    [Fact]
    public void Prepare_clears_leftovers_of_an_unfinished_run()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, TraceTables.BodyTicks), "half-committed");
        File.WriteAllText(Path.Combine(_dir, TraceTables.Events + RunFolder.PartialSuffix), "partial");
        File.WriteAllText(Path.Combine(_dir, "keep.txt"), "x");
        RunFolder.Prepare(_dir, force: false);
        Assert.Equal(["keep.txt"], Files());
    }

    private List<string> Files() => [.. Directory.GetFiles(_dir).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    private static RunManifest SampleManifest()
    {
        var spec = OutputTestSupport.LoadBarlingmascakeb();
        var summary = new KadSim.Observation.RunSummary(1, 0, 0, 0, []);
        return RunManifest.Create(spec, 1, 0, ["x.json"], [], [new RunOutput("a.parquet", 1)], summary);
    }
}
