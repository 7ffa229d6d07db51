using KadSim.Events;
using KadSim.Processes;
using KadSim.Randomness;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 12, agreement quality (brief §1, §4.12). A body's agreement quality q comes from its legal
/// basis (handshake 0.2, MoU 0.4, joint decree 0.5, PKS 0.7, Perda 0.8), +0.1 with a sanctions clause,
/// +0.1 with monthly reporting to the TKKSD; f is how focused (not "too macro") the agreements are.
/// Each month: a programme past its start date is acted on with probability q·f (many MoUs are never
/// acted on); a dispute between two active members happens with probability r_D/12·(1 − q)·(1 − T̄)
/// (§7.5 trust; the governor's mediation softens its damage, §7.8). Execution is scaled by ½ + ½·q·f.
/// ODD: §3 step 9 "Agreements"; §7.16 Agreement quality.
/// </summary>
public sealed class AgreementQuality : IProcess
{
    public string Name => "agreements";

    public void Step(World w)
    {
        var pr = w.Programmes;
        var bodies = w.Bodies;
        var status = bodies.Status;
        int tick = w.Tick;
        var started = pr.Started;
        var startTick = pr.StartTick;
        var body = pr.Body;
        var programmeDraws = w.Random.At(RandomStream.Programme, tick);
        for (int k = 0; k < started.Length; k++)
        {
            if (started[k] || tick < startTick[k]) continue;
            int b = body[k];
            if (status[b] != BodyStatus.Active) continue;
            if (programmeDraws.Chance(k, bodies.AgreementQuality[b] * bodies.AgreementFocus[b]))
            {
                started[k] = true;
                w.Log(EventKind.ProgrammeStarted, body: b, grant: k);
            }
        }

        var p = w.Parameters;
        var activeMembers = bodies.ActiveMembers;
        var draws = w.Random.At(RandomStream.Conflict, tick);
        double monthly = p.DisputeRate / 12;
        for (int b = 0; b < status.Length; b++)
        {
            if (status[b] != BodyStatus.Active || activeMembers[b] < 2) continue;
            double trust = Observation.Metrics.MeanTrustAmongMembers(w, b);
            double rate = monthly * (1 - bodies.AgreementQuality[b]) * (1 - (double.IsNaN(trust) ? 0.5 : trust));
            if (draws.Chance(b, rate))
                Conflicts.Between(w, b, ConflictKind.Dispute, RandomStream.Conflict);
        }
    }

    /// <summary>Execution multiplier ½ + ½·q·f.</summary>
    public static double ExecutionFactor(double quality, double focus) => 0.5 + 0.5 * quality * focus;
}
