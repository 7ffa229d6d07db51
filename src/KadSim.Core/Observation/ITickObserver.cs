using KadSim.State;

namespace KadSim.Observation;

/// <summary>Watches a run: called once before the first tick, after every tick, and once at the end.</summary>
public interface ITickObserver
{
    void Begin(World world) { }

    /// <summary>Called after all processes of the tick ran; must not change the world.</summary>
    void AfterTick(World world);

    void End(World world) { }
}
