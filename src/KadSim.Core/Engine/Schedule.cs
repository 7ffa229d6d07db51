using KadSim.Mechanisms;
using KadSim.Processes;

namespace KadSim.Engine;

/// <summary>
/// The fixed order of processes within a tick (docs/model.md §3). A schedule is immutable; use
/// <see cref="Insert"/> or <see cref="Replace"/> to derive a variant for experiments with other submodels.
/// </summary>
public sealed class Schedule
{
    private readonly IProcess[] _processes;

    public Schedule(IEnumerable<IProcess> processes) => _processes = processes.ToArray();

    public IReadOnlyList<IProcess> Processes => _processes;

    /// <summary>The documented KAD schedule.</summary>
    public static Schedule Default => new(
    [
        new ScheduledEventsProcess(),
        new FiscalYearProcess(),
        new LeadershipTurnover(),
        new HeadCommitment(),
        new StaffCapacity(),
        new ManagementTradeoff(),
        new ThickCommunication(),
        new NetworkStageProcess(),
        new AgreementQuality(),
        new SimilarPotential(),
        new FundingFragility(),
        new ExternalSupport(),
        new AuctionProcess(),
        new JointServiceProcess(),
        new TrustAndSocialCapital(),
        new FreeRiding(),
        new MemoryOfFailure(),
        new BodyOperationsProcess(),
    ]);

    /// <summary>A schedule with <paramref name="process"/> placed right after the process named <paramref name="after"/>.</summary>
    public Schedule Insert(string after, IProcess process)
    {
        int k = Array.FindIndex(_processes, p => p.Name == after);
        if (k < 0) throw new ArgumentException($"no process named '{after}'; have: {string.Join(", ", _processes.Select(p => p.Name))}");
        var list = _processes.ToList();
        list.Insert(k + 1, process);
        return new Schedule(list);
    }

    /// <summary>A schedule with the process named <paramref name="name"/> replaced.</summary>
    public Schedule Replace(string name, IProcess process)
    {
        int k = Array.FindIndex(_processes, p => p.Name == name);
        if (k < 0) throw new ArgumentException($"no process named '{name}'");
        var copy = (IProcess[])_processes.Clone();
        copy[k] = process;
        return new Schedule(copy);
    }

    internal void Step(State.World world)
    {
        foreach (var p in _processes) p.Step(world);
    }
}
