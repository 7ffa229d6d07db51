using KadSim.Observation;
using KadSim.Processes;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 6, the management trade-off (brief §3, §4.6). Each month an active body's capacities are:
/// ramp ρ = min(1, months since founding / start-up months);
/// marketing M = min(1, ρ·m_model·(1 + β_N·ν)), m_model = professional (also hybrid) or bureaucratic marketing;
/// execution X = ρ·P(π)·Q(q, f)·[I·F̄ + (1 − I)·x_own], F̄ the members' mean agency follow-up
/// √(c·s·(1 − o)), o the side-duty overload of bureaucratic management, x_own what a professional manager
/// achieves alone (halved for bureaucratic management), P politics (§7.18), Q agreement quality (§7.16).
/// Members' trust in the manager moves toward what the body delivers: MT ← MT + η·((M + X)/2 − MT), so a
/// professional manager starts trusted as neutral but, without SKPD integration, disappoints and loses trust;
/// a bureaucratic body starts slow and distrusted but integrated.
/// ODD: §3 step 6 "Management"; §7.10 Management trade-off.
/// </summary>
public sealed class ManagementTradeoff : IProcess
{
    public string Name => "management";

    public void Step(World w)
    {
        var p = w.Parameters;
        var bodies = w.Bodies;
        var r = w.Regions;
        var m = w.Members;
        var status = bodies.Status;
        var start = bodies.MemberStart;
        var active = m.Active;
        var region = m.Region;
        var commitment = r.Commitment;
        var staff = r.StaffCapacity;
        var social = r.SocialCapital;
        var version = w.Trust.RowVersion;
        int tick = w.Tick;
        for (int b = 0; b < status.Length; b++)
        {
            if (status[b] != BodyStatus.Active)
            {
                bodies.Marketing[b] = 0;
                bodies.Execution[b] = 0;
                continue;
            }
            int age = tick - Math.Max(0, bodies.FoundedTick[b]);
            int startup = bodies.StartupMonths[b];
            double ramp = startup == 0 ? 1 : Math.Min(1.0, (double)age / startup);
            bool professional = bodies.Management[b] != ManagementModel.Bureaucratic;
            double overload = professional ? 0 : p.SideDutyOverload;

            // One pass over the members for the follow-up (here) and the social capital of the cost factor
            // (TrustAndSocialCapital.CostFactor): the same sums, in the same order, as two passes.
            double follow = 0, sc = 0;
            int n = 0;
            long key = 0; // memo key of the mean trust among members (Metrics)
            ulong mask = 0;
            int first = start[b];
            for (int s = first; s < start[b + 1]; s++)
            {
                int i = region[s];
                key += version[i];
                if (!active[s]) continue;
                mask |= 1UL << (s - first);
                follow += HeadCommitment.FollowUp(commitment[i], staff[i] * (1 - overload));
                sc += social[i];
                n++;
            }
            follow = n == 0 ? 0 : follow / n;

            double integration = bodies.Integration[b];
            double own = p.ManagerOwnExecution * (professional ? 1 : 0.5);
            double execution = ramp * Politics.ExecutionFactor(p, bodies.Politicisation[b])
                * AgreementQuality.ExecutionFactor(bodies.AgreementQuality[b], bodies.AgreementFocus[b])
                * (integration * follow + (1 - integration) * own);
            double marketing = Math.Min(1, ramp * (professional ? p.ProfessionalMarketing : p.BureaucraticMarketing)
                * NetworkingBetweenBodies.Boost(p, bodies.Networking[b]));
            bodies.Execution[b] = execution;
            bodies.Marketing[b] = marketing;
            bodies.ManagerTrust[b] += p.ManagerTrustAdjustment * (0.5 * (marketing + execution) - bodies.ManagerTrust[b]);
            bodies.CostFactor[b] = TrustAndSocialCapital.CostFactorOf(p, n == 0 ? double.NaN : Metrics.MeanTrustAmongMembers(w, b, key, mask), sc, n);
        }
    }
}
