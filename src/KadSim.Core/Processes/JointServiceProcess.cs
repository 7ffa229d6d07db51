using KadSim.Mechanisms;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// A joint public service such as solid waste, wastewater or clean water (Kartamantul, Jabodetabekjur).
/// Each month an active body whose programme has been acted on (§7.16) delivers a share
/// D = X·g(stage)·p̄ of the full service, X its execution (§7.10), g = 0, ¼, ½, 1 for information,
/// developmental, outreach and action networks (technical cooperation needs action), p̄ the members'
/// mean priority for the sector (agencies put their effort into their own priorities). It pays the
/// service's cost·D·(cost factor §7.12), delivering in proportion if its funds fall short, and earns
/// its fees·D (own revenue from joint projects, brief §4.4). Each active
/// member gains benefit·priority·D: effective where all members hold the sector a priority.
/// ODD: §3 step 14 "Joint services"; §7.22 Joint public service.
/// </summary>
public sealed class JointServiceProcess : IProcess
{
    public string Name => "services";

    public void Step(World w)
    {
        var pr = w.Programmes;
        var bodies = w.Bodies;
        var delivered = pr.Delivery;
        var type = pr.Type;
        var started = pr.Started;
        var status = bodies.Status;
        int tick = w.Tick;
        for (int k = 0; k < delivered.Length; k++)
        {
            delivered[k] = 0;
            if (type[k] != ProgrammeType.JointService || !started[k] || tick < pr.StartTick[k] || tick > pr.EndTick[k]) continue;
            int b = pr.Body[k];
            if (status[b] != BodyStatus.Active) continue;
            // Members' agencies put their effort where the sector is their own priority.
            double delivery = bodies.Execution[b] * StageFactor(bodies.Stage[b]) * SharedPriority(w, b);
            double cost = pr.CostPerMonth[k] * bodies.CostFactor[b] * delivery;
            if (cost > bodies.Funds[b])
            {
                delivery *= bodies.Funds[b] / cost;
                cost = bodies.Funds[b];
            }
            bodies.Funds[b] -= cost;
            bodies.Spending[b] += cost;
            pr.Delivery[k] = delivery;
            double revenue = pr.RevenuePerMonth[k] * delivery;
            bodies.Funds[b] += revenue;
            bodies.IncomeOwn[b] += revenue;
            Programmes.ShareBenefit(w, b, pr.BenefitPerMonth[k] * delivery, byPotential: false);
        }
    }

    /// <summary>Mean priority of the active members for the body's sectors.</summary>
    public static double SharedPriority(World w, int b)
    {
        var m = w.Members;
        double sum = 0;
        int n = 0;
        for (int s = w.Bodies.MemberStart[b]; s < w.Bodies.MemberStart[b + 1]; s++)
        {
            if (!m.Active[s]) continue;
            sum += m.Priority[s];
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    public static double StageFactor(NetworkStage stage) => stage switch
    {
        NetworkStage.Action => 1.0,
        NetworkStage.Outreach => 0.5,
        NetworkStage.Developmental => 0.25,
        _ => 0.0,
    };
}
