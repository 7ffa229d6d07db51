using KadSim.Scenario;

namespace KadSim.Cli;

/// <summary>
/// The in-memory ensembles of <c>kadsim report</c> and <c>kadsim chart</c> keep every run's monthly series and trust
/// matrices: their size is checked, and named, before any run starts (docs/reliability.md).
/// </summary>
internal static class EnsembleGuard
{
    /// <summary>Most runs of an in-memory ensemble (--runs of report and chart).</summary>
    public const int MaxRuns = 100_000;

    /// <summary>Most numbers an in-memory ensemble may hold: runs × (months × series + members² × trust dates).</summary>
    public const long MaxValues = 50_000_000;

    /// <summary>Monthly series kept per run (BodySeries).</summary>
    private const int Series = 10;

    public static string? Check(ScenarioSpec spec, int runs, int trustDates = 1)
    {
        if (runs is < 1 or > MaxRuns) return $"--runs {runs}: allowed 1..{MaxRuns:N0}";
        long months = spec.Start!.Value.MonthsUntil(spec.End!.Value) + 1;
        long members = spec.Bodies.Count == 0 ? 0 : spec.Bodies[0].Members.Count;
        long perRun = months * Series + members * members * trustDates;
        long total = runs * perRun;
        return total <= MaxValues ? null
            : $"--runs {runs:N0} × ({months:N0} months × {Series} series + {members:N0}² members × {trustDates} trust dates) = {total:N0} values, over the limit of {MaxValues:N0} for an ensemble held in memory (EnsembleGuard.MaxValues); lower --runs (at most {Math.Max(1, MaxValues / Math.Max(1, perRun)):N0})";
    }
}
