using KadSim.Scenario;

namespace KadSim.Cli;

/// <summary>Prints scenario problems one per line, file first, as a user reads them.</summary>
internal static class ScenarioProblemPrinter
{
    public static void Print(TextWriter error, IReadOnlyList<ScenarioProblem> problems, string what = "scenario")
    {
        error.WriteLine(problems.Count == 1 ? $"error: the {what} has 1 problem:" : $"error: the {what} has {problems.Count} problems:");
        foreach (var p in problems) error.WriteLine("  " + p);
    }
}
