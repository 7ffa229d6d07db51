namespace KadSim.Tests.Scenarios;

/// <summary>
/// Finds the scenario test data in the source tree: the test project does not copy it to the output
/// folder, so walk up from the test binaries to the folder holding KadSim.sln.
/// </summary>
internal static class ScenarioTestFiles
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoRoot => Root.Value;

    public static string BadFiles => Path.Combine(RepoRoot, "tests", "KadSim.Tests", "Scenarios", "BadFiles");

    public static string ValidMinimal => BadFile("valid-minimal.json");

    public static string BadFile(string name) => Path.Combine(BadFiles, name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KadSim.sln"))) return dir.FullName;
        throw new InvalidOperationException($"KadSim.sln not found above {AppContext.BaseDirectory}");
    }
}
