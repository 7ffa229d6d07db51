using KadSim.Processes;
using KadSim.Randomness;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 1, commitment of heads drives everything (brief §4.1). Commitment c of a region's head sets
/// the chance it attends meetings (§7.4) and pays dues (§7.6), and, with staff capacity, how well its
/// agencies follow up joint decisions (<see cref="FollowUp"/>, used in §7.10). Between events it relaxes
/// toward the head's standing interest b: c ← c + κ·(b − c).
/// ODD: §3 step 4 "Commitment"; §7.3 Commitment of heads.
/// </summary>
public sealed class HeadCommitment : IProcess
{
    public string Name => "commitment";

    public void Step(World w)
    {
        VectorDraws.Relax(w.Regions.Commitment, w.Regions.BaselineCommitment, w.Parameters.CommitmentRelaxation);
    }

    /// <summary>Agency follow-up of a member: both the head's push and the staff's ability are needed (geometric mean).</summary>
    public static double FollowUp(double commitment, double staffCapacity) => Math.Sqrt(Math.Max(0, commitment * staffCapacity));
}
