namespace KadSim.IO.Output;

/// <summary>
/// An output folder written atomically: tables are written as <c>&lt;name&gt;.partial</c> and renamed to their
/// final names only by <see cref="Commit"/>, which writes <see cref="ManifestName"/> last. A folder holding
/// <c>manifest.json</c> therefore holds a complete run; one without it holds none.
/// Only the fixed file names of <see cref="TraceTables"/> and the manifest are ever created or deleted here.
/// </summary>
public sealed class RunFolder
{
    /// <summary>Written last: its presence marks a completed run.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>Suffix of files still being written.</summary>
    public const string PartialSuffix = ".partial";

    private readonly HashSet<string> _handedOut = new(StringComparer.Ordinal);

    private RunFolder(string directory) => Directory = directory;

    /// <summary>Full path of the folder.</summary>
    public string Directory { get; }

    /// <summary>Path of the manifest of a completed run.</summary>
    public string ManifestPath => Path.Combine(Directory, ManifestName);

    /// <summary>The files a run may leave in a folder; the only ones ever deleted.</summary>
    public static IReadOnlyList<string> KnownFiles { get; } = [.. TraceTables.All, ManifestName];

    /// <summary>
    /// Creates <paramref name="dir"/> if needed. If it holds a completed run, throws <see cref="OutputExistsException"/>
    /// unless <paramref name="force"/>, in which case that run's files (and only those) are deleted, manifest first.
    /// Left-overs of an unfinished run (partial files, tables without a manifest) are removed either way.
    /// </summary>
    public static RunFolder Prepare(string dir, bool force)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        var full = Path.GetFullPath(dir);
        System.IO.Directory.CreateDirectory(full);
        var folder = new RunFolder(full);
        if (File.Exists(folder.ManifestPath) && !force) throw new OutputExistsException(full);

        // Manifest first, so that an interruption leaves a folder that reads as incomplete, never as a mixed run.
        File.Delete(folder.ManifestPath);
        foreach (var name in KnownFiles)
        {
            File.Delete(Path.Combine(full, name));
            File.Delete(Path.Combine(full, name + PartialSuffix));
        }
        return folder;
    }

    /// <summary>Where to write <paramref name="name"/> (a bare file name) until it is committed.</summary>
    public string PartialPath(string name)
    {
        CheckName(name);
        lock (_handedOut) _handedOut.Add(name);
        return Path.Combine(Directory, name + PartialSuffix);
    }

    /// <summary>Path <paramref name="name"/> will have once committed.</summary>
    public string FinalPath(string name)
    {
        CheckName(name);
        return Path.Combine(Directory, name);
    }

    /// <summary>
    /// Renames each partial file of <paramref name="names"/> to its final name, then writes the manifest
    /// (through its own partial file and a rename). Returns the manifest's path.
    /// </summary>
    public string Commit(IEnumerable<string> names, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(manifest);
        var list = names.ToList();
        foreach (var name in list)
        {
            var partial = PartialPath(name);
            if (!File.Exists(partial)) throw new FileNotFoundException($"nothing was written to '{name}' before commit", partial);
        }
        foreach (var name in list) File.Move(PartialPath(name), FinalPath(name), overwrite: true);

        var manifestPartial = PartialPath(ManifestName);
        using (var stream = new FileStream(manifestPartial, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            manifest.WriteTo(stream);
            stream.Flush(flushToDisk: true);
        }
        File.Move(manifestPartial, ManifestPath, overwrite: true);
        return ManifestPath;
    }

    /// <summary>Deletes every partial file of this folder (after a failed or cancelled run). Never throws for a missing file.</summary>
    public void Abandon()
    {
        string[] names;
        lock (_handedOut) names = [.. _handedOut.Union(KnownFiles)];
        foreach (var name in names)
        {
            try
            {
                File.Delete(Path.Combine(Directory, name + PartialSuffix));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: the caller is already handling the original failure.
            }
        }
    }

    private static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name != Path.GetFileName(name) || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            throw new ArgumentException($"'{name}' is not a bare file name", nameof(name));
    }
}
