namespace KadSim.Tests.Scenarios;

/// <summary>A temporary folder for overlay and round-trip files, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kadsim-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* best effort: a leftover temp folder is harmless */ }
    }
}
