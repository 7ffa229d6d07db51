using KadSim.Events;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// Monthly grant income: donor grants are paid every month between start and end; province grants only
/// in fiscal years the province released them (political will, drawn in <see cref="FiscalYearProcess"/>).
/// Dissolved bodies receive nothing. ODD: §3 step 7 "Grants"; §7.8 External funding.
/// </summary>
public sealed class GrantProcess : IProcess
{
    public string Name => "grants";

    public void Step(World w)
    {
        var g = w.Grants;
        var bodies = w.Bodies;
        for (int k = 0; k < g.Count; k++)
        {
            bool inWindow = w.Tick >= g.StartTick[k] && w.Tick <= g.EndTick[k];
            if (inWindow != g.Running[k])
            {
                g.Running[k] = inWindow;
                w.Log(inWindow ? EventKind.GrantStarted : EventKind.GrantEnded, body: g.Body[k], grant: k);
            }
            if (!inWindow) continue;
            int b = g.Body[k];
            if (bodies.Status[b] is BodyStatus.Dissolved or BodyStatus.Proposed) continue;
            if (!g.PayingThisYear[k])
            {
                if (w.Month == 1 || w.Tick == g.StartTick[k]) w.Log(EventKind.GrantWithheld, body: b, grant: k);
                continue;
            }
            bodies.Funds[b] += g.MonthlyAmount[k];
            bodies.IncomeGrants[b] += g.MonthlyAmount[k];
        }
    }
}
