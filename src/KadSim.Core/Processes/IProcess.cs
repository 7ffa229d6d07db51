using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// One submodel, run once per tick in the order of the <see cref="Engine.Schedule"/>. Implementations
/// loop over columns and must not allocate in <see cref="Step"/>: that is the tick loop.
/// </summary>
public interface IProcess
{
    /// <summary>Short name, as in docs/model.md §3.</summary>
    string Name { get; }

    void Step(World world);
}
