using KadSim.Scenario;

namespace KadSim.Cli;

/// <summary>Prints scenario problems one per line, file first, as a user reads them.</summary>
internal static class ScenarioProblemPrinter
{
    /// <summary>Most problems printed; a file with thousands of mistakes gets the first ones and a count.</summary>
    public const int MaxPrinted = 200;

    public static void Print(TextWriter error, IReadOnlyList<ScenarioProblem> problems, string what = "scenario")
    {
        error.WriteLine(problems.Count == 1 ? $"error: the {what} has 1 problem:" : $"error: the {what} has {problems.Count} problems:");
        foreach (var p in problems.Take(MaxPrinted)) error.WriteLine("  " + p);
        if (problems.Count > MaxPrinted) error.WriteLine($"  … and {problems.Count - MaxPrinted} more");
    }
}
