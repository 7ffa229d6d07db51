namespace KadSim.Scenario;

/// <summary>A scenario failed validation. Carries every problem found, not just the first.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(IReadOnlyList<ScenarioProblem> problems)
        : base(FormatMessage(problems)) => Problems = problems;

    public IReadOnlyList<ScenarioProblem> Problems { get; }

    private static string FormatMessage(IReadOnlyList<ScenarioProblem> problems) =>
        problems.Count == 1
            ? "The scenario has a problem: " + problems[0]
            : $"The scenario has {problems.Count} problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
