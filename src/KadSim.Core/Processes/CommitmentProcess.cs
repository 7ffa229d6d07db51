using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// Between events a head's commitment relaxes toward the standing interest the head brought into office:
/// c ← c + κ·(b − c). Meetings (below) push it up or down; without them it returns to b.
/// ODD: §3 step 4 "Commitment"; §7.3 Commitment of heads.
/// </summary>
public sealed class CommitmentProcess : IProcess
{
    public string Name => "commitment";

    public void Step(World w)
    {
        double kappa = w.Parameters.CommitmentRelaxation;
        var c = w.Regions.Commitment.AsSpan();
        var b = w.Regions.BaselineCommitment.AsSpan(0, c.Length);
        for (int i = 0; i < c.Length; i++) c[i] += kappa * (b[i] - c[i]);
    }
}
