using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.Tests.Output;

/// <summary>Finds the repository, loads its scenarios and makes scratch folders for the output tests.</summary>
internal static class OutputTestSupport
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoRoot => Root.Value;

    public static string BarlingmascakebPath => Path.Combine(RepoRoot, "scenarios", "barlingmascakeb.json");

    public static ScenarioSpec LoadBarlingmascakeb() => ScenarioLoader.LoadOrThrow(BarlingmascakebPath);

    /// <summary>A fresh, not yet existing folder under the temp directory.</summary>
    public static string NewTempDir(string label) =>
        Path.Combine(Path.GetTempPath(), "kadsim-tests", $"{label}-{Guid.NewGuid():N}");

    public static void DeleteQuietly(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KadSim.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no KadSim.sln above {AppContext.BaseDirectory}");
    }
}
