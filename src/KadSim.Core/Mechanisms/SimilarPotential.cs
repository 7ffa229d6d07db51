using KadSim.Events;
using KadSim.Processes;
using KadSim.Randomness;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 9, similar potential cuts both ways (brief §4.9). Members with similar products compete
/// unless coordinated: each month an active body has a rivalry conflict (Conflicts.cs) with probability
/// r_R/12·(1 − κ)·(1 − C), κ its complementarity, C = I·stage factor its coordination. Complementary
/// or coordinated members gain fully from joint markets: <see cref="GainFactor"/> = ½ + ½·max(κ, C).
/// ODD: §3 step 10 "Rivalry"; §7.13 Similar potential.
/// </summary>
public sealed class SimilarPotential : IProcess
{
    public string Name => "rivalry";

    public void Step(World w)
    {
        var bodies = w.Bodies;
        var p = w.Parameters;
        var status = bodies.Status;
        var activeMembers = bodies.ActiveMembers;
        var draws = w.Random.At(RandomStream.Rivalry, w.Tick);
        double monthly = p.RivalryRate / 12;
        for (int b = 0; b < status.Length; b++)
        {
            if (status[b] != BodyStatus.Active || activeMembers[b] < 2) continue;
            double rate = monthly * (1 - bodies.Complementarity[b]) * (1 - Coordination(bodies, b));
            if (draws.Chance(b, rate))
                Conflicts.Between(w, b, ConflictKind.Rivalry, RandomStream.Rivalry);
        }
    }

    /// <summary>Coordination C = SKPD integration × stage factor (action 1, outreach 0.6, developmental 0.3, information 0).</summary>
    public static double Coordination(BodyColumns bodies, int b) => bodies.Integration[b] * StageFactor(bodies.Stage[b]);

    public static double StageFactor(NetworkStage stage) => stage switch
    {
        NetworkStage.Action => 1.0,
        NetworkStage.Outreach => 0.6,
        NetworkStage.Developmental => 0.3,
        _ => 0.0,
    };

    public static double GainFactor(BodyColumns bodies, int b) => 0.5 + 0.5 * Math.Max(bodies.Complementarity[b], Coordination(bodies, b));
}
