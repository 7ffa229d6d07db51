using KadSim.Scenario;

namespace KadSim.IO.Scenarios;

/// <summary>Outcome of loading a layered scenario: the spec, or every problem found.</summary>
public sealed class ScenarioLoadResult
{
    internal ScenarioLoadResult(ScenarioSpec? spec, IReadOnlyList<ScenarioProblem> problems, IReadOnlyList<string> files, IReadOnlyList<string> overrides)
    {
        Spec = problems.Count == 0 ? spec : null;
        Problems = problems;
        Files = files;
        Overrides = overrides;
    }

    /// <summary>The bound and validated scenario; null when there are problems.</summary>
    public ScenarioSpec? Spec { get; }

    public IReadOnlyList<ScenarioProblem> Problems { get; }

    /// <summary>The files layered, base first, as the caller named them.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The <c>--set</c> overrides, as given.</summary>
    public IReadOnlyList<string> Overrides { get; }

    public bool Ok => Spec is not null;
}
