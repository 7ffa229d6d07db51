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
        for (int b = 0; b < bodies.Count; b++)
        {
            if (bodies.Status[b] != BodyStatus.Active)
            {
                bodies.Marketing[b] = 0;
                bodies.Execution[b] = 0;
                continue;
            }
            int age = w.Tick - Math.Max(0, bodies.FoundedTick[b]);
            double ramp = bodies.StartupMonths[b] == 0 ? 1 : Math.Min(1.0, (double)age / bodies.StartupMonths[b]);
            var model = bodies.Management[b];
            bool professional = model != ManagementModel.Bureaucratic;
            double overload = professional ? 0 : p.SideDutyOverload;

            double follow = 0;
            int n = 0;
            for (int s = bodies.MemberStart[b]; s < bodies.MemberStart[b + 1]; s++)
            {
                if (!m.Active[s]) continue;
                int i = m.Region[s];
                follow += HeadCommitment.FollowUp(r.Commitment[i], r.StaffCapacity[i] * (1 - overload));
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
            bodies.CostFactor[b] = TrustAndSocialCapital.CostFactor(w, b);
        }
    }
}
