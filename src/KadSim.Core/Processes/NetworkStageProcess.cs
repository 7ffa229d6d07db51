using KadSim.Events;
using KadSim.Mechanisms;
using KadSim.Observation;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// Network stage (Agranoff and McGuire 2003; brief §3): information → developmental → outreach → action.
/// After a body has spent at least n_S months in its stage, and its last forum meeting's attendance
/// reached the quorum share,
/// it moves one stage up if readiness R = c̄·T̄·(1 + β_N·ν) ≥ θ_S (mean commitment and trust of members,
/// networking §7.19); the action stage also needs SKPD integration ≥ I_A (technical cooperation runs
/// through the agencies) and focused agreements, q·f ≥ a_A (§7.16: macro agreements stay coordinative). It falls one stage if R &lt; θ_S/2. A body that goes dormant falls back to
/// information (§7.7). Stage gates what programmes deliver (§7.21, §7.22).
/// ODD: §3 step 8 "Stage"; §7.20 Network stage.
/// </summary>
public sealed class NetworkStageProcess : IProcess
{
    public string Name => "stage";

    public void Step(World w)
    {
        var p = w.Parameters;
        var bodies = w.Bodies;
        var status = bodies.Status;
        var since = bodies.StageSince;
        int tick = w.Tick, minMonths = p.StageMinMonths;
        var start = bodies.MemberStart;
        var active = w.Members.Active;
        var region = w.Members.Region;
        var commitment = w.Regions.Commitment;
        var version = w.Trust.RowVersion;
        for (int b = 0; b < status.Length; b++)
        {
            if (status[b] != BodyStatus.Active || tick - since[b] < minMonths) continue;
            // One pass over the slots: the members' mean commitment (Metrics.MeanCommitmentOfMembers, same sum)
            // and the memo key of their mean trust.
            double sum = 0;
            int n = 0;
            long key = 0;
            ulong mask = 0;
            int first = start[b];
            for (int s = first; s < start[b + 1]; s++)
            {
                int i = region[s];
                key += version[i];
                if (!active[s]) continue;
                mask |= 1UL << (s - first);
                sum += commitment[i];
                n++;
            }
            double trust = Metrics.MeanTrustAmongMembers(w, b, key, mask);
            double meanCommitment = n == 0 ? double.NaN : sum / n;
            double readiness = meanCommitment * (double.IsNaN(trust) ? 0.5 : trust)
                * NetworkingBetweenBodies.Boost(p, bodies.Networking[b]);
            var stage = bodies.Stage[b];
            bool met = bodies.LastAttendance[b] >= p.QuorumShare;
            if (met && readiness >= p.StageReadiness && stage < NetworkStage.Action
                && (stage + 1 < NetworkStage.Action || ReadyForAction(p, bodies, b)))
                SetStage(w, b, stage + 1);
            else if (readiness < p.StageReadiness / 2 && stage > NetworkStage.Information)
                SetStage(w, b, stage - 1);
        }
    }

    private static bool ReadyForAction(ModelParameters p, BodyColumns bodies, int b) =>
        bodies.Integration[b] >= p.ActionMinIntegration
        && bodies.AgreementQuality[b] * bodies.AgreementFocus[b] >= p.ActionMinAgreement;

    internal static void SetStage(World w, int b, NetworkStage stage)
    {
        w.Bodies.Stage[b] = stage;
        w.Bodies.StageSince[b] = w.Tick;
        w.Log(EventKind.StageChanged, body: b, value: (double)stage);
    }
}
