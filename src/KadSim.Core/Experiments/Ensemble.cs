using KadSim.Engine;
using KadSim.Observation;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Experiments;

/// <summary>
/// Replications of one scenario in parallel across cores. Run r uses keyed randomness (seed, r), so
/// results are identical whatever the thread count and come back ordered by run index.
/// </summary>
public static class Ensemble
{
    /// <summary>Runs <paramref name="runs"/> replications and returns their summaries, ordered by run.</summary>
    public static RunSummary[] Run(ScenarioSpec spec, int runs, ulong seed, int? maxThreads = null) =>
        Map(spec, runs, seed, sim => sim.RunToEnd(), maxThreads);

    /// <summary>
    /// Runs <paramref name="runs"/> replications, applying <paramref name="measure"/> to each fresh
    /// simulation (which should run it), and returns the measures ordered by run.
    /// </summary>
    public static T[] Map<T>(ScenarioSpec spec, int runs, ulong seed, Func<Simulation, T> measure, int? maxThreads = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(runs);
        ScenarioValidator.ThrowIfInvalid(spec);
        var results = new T[runs];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount };
        // Validated once above: each replication only builds its world (validation costs about a quarter of a run).
        Parallel.For(0, runs, options, r => results[r] = measure(new Simulation(WorldBuilder.BuildUnchecked(spec, seed, r), seed, r)));
        return results;
    }
}
