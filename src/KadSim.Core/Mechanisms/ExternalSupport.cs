using KadSim.Events;
using KadSim.Processes;
using KadSim.Randomness;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 14, external support (brief §2, §4.14): money, legal umbrella and supervision from province
/// and centre; its absence is the main external cause of low performance. Grant lines pay Total/months
/// each month between start and end. Donor grants and committed province grants are always paid; another
/// province grant line is released for a fiscal year (decided in January or at its start) with
/// probability min(1, will + β_P·π + β_G·ν) (politics §7.18, networking §7.19). Central incentives pay
/// each active body that has reached their minimum network stage. The governor's supervision raises dues
/// compliance (§7.6) and mediates disputes (§7.16). Proposed and dissolved bodies receive nothing.
/// ODD: §3 step 12 "External support"; §7.8 External funding and supervision.
/// </summary>
public sealed class ExternalSupport : IProcess
{
    public string Name => "external-support";

    public void Step(World w)
    {
        var g = w.Grants;
        var bodies = w.Bodies;
        var p = w.Parameters;
        for (int k = 0; k < g.Count; k++)
        {
            bool inWindow = w.Tick >= g.StartTick[k] && w.Tick <= g.EndTick[k];
            int b = g.Body[k];
            if (inWindow && (w.Month == 1 || w.Tick == g.StartTick[k] || w.Tick == 0))
            {
                double chance = g.Province[k] < 0 || g.Committed[k] ? 1
                    : w.Provinces.PoliticalWill[g.Province[k]] + Politics.GrantBonus(p, bodies.Politicisation[b]) + NetworkingBetweenBodies.GrantBonus(p, bodies.Networking[b]);
                g.PayingThisYear[k] = w.Random.Chance(RandomStream.ProvinceGrant, w.Year, k, chance);
                if (!g.PayingThisYear[k]) w.Log(EventKind.GrantWithheld, body: b, grant: k);
            }
            if (inWindow != g.Running[k])
            {
                g.Running[k] = inWindow;
                w.Log(inWindow ? EventKind.GrantStarted : EventKind.GrantEnded, body: b, grant: k);
            }
            if (!inWindow || !g.PayingThisYear[k]) continue;
            if (bodies.Status[b] is BodyStatus.Dissolved or BodyStatus.Proposed) continue;
            bodies.Funds[b] += g.MonthlyAmount[k];
            bodies.IncomeGrants[b] += g.MonthlyAmount[k];
        }

        var inc = w.Incentives;
        for (int k = 0; k < inc.Count; k++)
        {
            if (w.Tick < inc.StartTick[k] || w.Tick > inc.EndTick[k]) continue;
            for (int b = 0; b < bodies.Count; b++)
            {
                if (bodies.Status[b] != BodyStatus.Active || bodies.Stage[b] < inc.MinStage[k]) continue;
                bodies.Funds[b] += inc.MonthlyAmount[k];
                bodies.IncomeGrants[b] += inc.MonthlyAmount[k];
            }
        }
    }
}
