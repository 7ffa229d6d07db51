using KadSim.Engine;
using KadSim.Events;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.Tests.Patterns;

/// <summary>Ensembles of the shipped scenarios and what the pattern tests measure on them.</summary>
internal static class PatternHelpers
{
    public const int Runs = 200;

    public static ScenarioSpec Load(string scenario, params string[] overlays) =>
        ScenarioLoader.LoadOrThrow(TestScenarios.Shipped(scenario + ".json"), overlays.Select(o => TestScenarios.Shipped(Path.Combine("overlays", o + ".json"))));

    public static ScenarioSpec Load(string scenario, string[] overlays, string[] sets) =>
        ScenarioLoader.LoadOrThrow(TestScenarios.Shipped(scenario + ".json"), overlays.Select(o => TestScenarios.Shipped(Path.Combine("overlays", o + ".json"))), sets);

    /// <summary>Share of runs for which <paramref name="test"/> holds.</summary>
    public static double Share<T>(IEnumerable<T> items, Func<T, bool> test)
    {
        var list = items.ToList();
        return list.Count == 0 ? double.NaN : (double)list.Count(test) / list.Count;
    }

    /// <summary>Sum of an event's values by calendar year, one dictionary per run.</summary>
    public static Dictionary<int, (double Sum, int Count)> ByYear(Simulation sim, EventKind kind)
    {
        var d = new Dictionary<int, (double, int)>();
        foreach (var e in sim.World.Events.AsSpan())
        {
            if (e.Kind != kind) continue;
            int y = sim.World.Calendar.YearAt(e.Tick);
            var (s, c) = d.GetValueOrDefault(y);
            d[y] = (s + e.Value, c + 1);
        }
        return d;
    }

    /// <summary>Mean per-event value over runs and years [from, to].</summary>
    public static double MeanPerEvent(IEnumerable<Dictionary<int, (double Sum, int Count)>> runs, int from, int to)
    {
        double sum = 0;
        int count = 0;
        foreach (var r in runs)
            for (int y = from; y <= to; y++)
                if (r.TryGetValue(y, out var v)) { sum += v.Sum; count += v.Count; }
        return count == 0 ? 0 : sum / count;
    }
}
