using KadSim.Engine;
using KadSim.Generation;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Benchmarks;

/// <summary>Synthetic worlds for the scaling benchmarks, generated once per size and cached.</summary>
internal static class Worlds
{
    private static readonly Dictionary<(int, double), ScenarioSpec> Specs = [];

    /// <summary>The generated scenario of <paramref name="regions"/> regions (seed 1, 2003–2022, 240 monthly ticks).</summary>
    public static ScenarioSpec Spec(int regions, double meanDegree = GeneratorOptions.DefaultMeanDegree)
    {
        lock (Specs)
        {
            if (!Specs.TryGetValue((regions, meanDegree), out var spec))
                Specs[(regions, meanDegree)] = spec = ScenarioGenerator.Generate(new GeneratorOptions { Regions = regions, MeanDegree = meanDegree, Seed = 1 }).Spec;
            return spec;
        }
    }

    /// <summary>
    /// A fresh simulation of the generated world. Built without the validator, whose size limits stop short of
    /// the scaling sizes (the generator's scenarios are valid by construction and tested at smaller sizes).
    /// </summary>
    public static Simulation Simulation(ScenarioSpec spec, ulong seed = 1, int run = 0) =>
        new(WorldBuilder.BuildUnchecked(spec, seed, run), seed, run);
}
