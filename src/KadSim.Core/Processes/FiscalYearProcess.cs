using KadSim.Events;
using KadSim.Randomness;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// Opens each fiscal year (January, and the first tick): unspent APBD lapses and the new APBD arrives;
/// dues records reset; each province decides whether to release each of its grant lines this year
/// (probability = political will). ODD: §3 step 2 "Fiscal year"; §7.6 Dues, §7.8 Grants.
/// </summary>
public sealed class FiscalYearProcess : IProcess
{
    public string Name => "fiscal-year";

    public void Step(World w)
    {
        if (w.Month != 1 && w.Tick != 0) return;
        var r = w.Regions;
        for (int i = 0; i < r.Count; i++)
        {
            // Lapse (SiLPA) is spending of the old year; the new APBD is income. Income − spending = Δ budget.
            r.Spending[i] += r.BudgetRemaining[i];
            r.Income[i] += r.Apbd[i];
            r.BudgetRemaining[i] = r.Apbd[i];
        }
        var m = w.Members;
        Array.Clear(m.PaidThisYear);

        var g = w.Grants;
        for (int k = 0; k < g.Count; k++)
            g.PayingThisYear[k] = g.Province[k] < 0 || g.Committed[k]
                || w.Random.Chance(RandomStream.ProvinceGrant, w.Year, k, w.Provinces.PoliticalWill[g.Province[k]]);
    }
}
