using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// Opens each fiscal year (January, and the first tick): unspent APBD lapses and the new APBD arrives;
/// the year's dues and benefit records reset (they were assessed in December, §7.9).
/// ODD: §3 step 2 "Fiscal year"; §7.6 Dues and budget channels.
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
        Array.Clear(r.BenefitThisYear);
        var m = w.Members;
        Array.Clear(m.PaidThisYear);
        Array.Clear(m.PaidThisYearAmount);
        Array.Clear(m.OwedThisYear);
        Array.Clear(m.BenefitThisYear);
    }
}
