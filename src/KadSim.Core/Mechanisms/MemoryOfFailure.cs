using KadSim.Processes;
using KadSim.Randomness;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 13, memory of failure (brief §4.13). Regions that suffered losses or conflict in
/// cooperation become reluctant: memory m rises when a body the region belongs to goes dormant or is
/// dissolved (m ← m + g_F·(1 − m)) and with each conflict it is party to (g_C); newly split regions
/// (pemekaran) start with m₀. Memory fades, m ← m·(1 − δ_F) monthly, and lowers the interest of new
/// heads (§7.2).
/// ODD: §3 step 17 "Memory"; §7.17 Memory of failure.
/// </summary>
public sealed class MemoryOfFailure : IProcess
{
    public string Name => "memory";

    public void Step(World w)
    {
        VectorDraws.Scale(w.Regions.FailureMemory, 1 - w.Parameters.FailureMemoryDecay);
    }

    public static void Remember(World w, int region, double gain) =>
        w.Regions.FailureMemory[region] += gain * (1 - w.Regions.FailureMemory[region]);

    /// <summary>Every member of body b remembers its failure.</summary>
    public static void BodyFailed(World w, int b)
    {
        var m = w.Members;
        for (int s = w.Bodies.MemberStart[b]; s < w.Bodies.MemberStart[b + 1]; s++)
            if (m.Active[s]) Remember(w, m.Region[s], w.Parameters.FailureMemoryGain);
    }
}
