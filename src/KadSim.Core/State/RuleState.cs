using KadSim.Scenario;

namespace KadSim.State;

/// <summary>The central rules in force: which budget channels may carry dues to a joint body.</summary>
public sealed class RuleState
{
    private readonly bool[] _open = [true, true, true];

    public bool IsOpen(BudgetChannel channel) => _open[(int)channel];

    internal void Set(BudgetChannel channel, bool open) => _open[(int)channel] = open;
}
