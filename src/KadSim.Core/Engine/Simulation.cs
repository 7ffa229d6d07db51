using KadSim.Observation;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Engine;

/// <summary>
/// One run of a scenario. The simulation owns time and randomness (as in Mesa and Agents.jl): user code
/// describes the scenario; the simulation steps the clock and keys every random draw by (seed, run,
/// stream, tick, agent), so a run is a pure function of scenario, seed and run index.
/// </summary>
public sealed class Simulation
{
    private readonly Schedule _schedule;

    public Simulation(ScenarioSpec scenario, ulong? seed = null, int run = 0, Schedule? schedule = null)
    {
        Seed = seed ?? (ulong)scenario.Seed;
        Run = run;
        World = WorldBuilder.Build(scenario, Seed, run);
        _schedule = schedule ?? Schedule.Default;
    }

    /// <summary>A run of a world already built (e.g. by <see cref="WorldBuilder.BuildUnchecked"/> for worlds beyond the validator's limits).</summary>
    internal Simulation(World world, ulong seed, int run = 0, Schedule? schedule = null)
    {
        Seed = seed;
        Run = run;
        World = world;
        _schedule = schedule ?? Schedule.Default;
    }

    public World World { get; }
    public ulong Seed { get; }
    public int Run { get; }
    public bool Finished => World.Tick >= World.Calendar.Ticks - 1;

    /// <summary>Advances one month. Allocation-free in steady state.</summary>
    public void Step()
    {
        if (Finished) throw new InvalidOperationException("the run has reached its end month");
        World.Tick++;
        ResetFlows(World);
        _schedule.Step(World);
    }

    /// <summary>Runs to the end month, reporting each tick to <paramref name="observer"/>.</summary>
    public RunSummary RunToEnd(ITickObserver? observer = null, IProgress<int>? progress = null, CancellationToken cancel = default)
    {
        var summary = new SummaryObserver();
        summary.Begin(World);
        observer?.Begin(World);
        while (!Finished)
        {
            cancel.ThrowIfCancellationRequested();
            Step();
            summary.AfterTick(World);
            observer?.AfterTick(World);
            progress?.Report(World.Tick);
        }
        observer?.End(World);
        return summary.Result(World, Seed, Run);
    }

    /// <summary>Convenience: build, run to the end, summarise.</summary>
    public static RunSummary Execute(ScenarioSpec scenario, ulong? seed = null, int run = 0, ITickObserver? observer = null) =>
        new Simulation(scenario, seed, run).RunToEnd(observer);

    internal static void ResetFlows(World w)
    {
        Array.Clear(w.Regions.Income);
        Array.Clear(w.Regions.Spending);
        Array.Clear(w.Regions.DuesPaid);
        Array.Clear(w.Bodies.IncomeDues);
        Array.Clear(w.Bodies.IncomeGrants);
        Array.Clear(w.Bodies.Spending);
        Array.Clear(w.Bodies.IncomeOwn);
        Array.Clear(w.Bodies.AuctionValue);
        Array.Clear(w.Bodies.AuctionRealised);
        Array.Clear(w.Bodies.Benefit);
        Array.Clear(w.Regions.Benefit);
    }
}
