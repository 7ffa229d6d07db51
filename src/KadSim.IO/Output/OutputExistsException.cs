namespace KadSim.IO.Output;

/// <summary>The output folder already holds a completed run and overwriting was not asked for.</summary>
public sealed class OutputExistsException : IOException
{
    public OutputExistsException(string directory)
        : base($"the folder '{directory}' already contains a completed run ({RunFolder.ManifestName}); " +
               "choose another folder or pass --force to overwrite it")
    {
        Directory = directory;
    }

    /// <summary>The folder that was refused.</summary>
    public string Directory { get; }
}
