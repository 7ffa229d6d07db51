using KadSim.Events;
using KadSim.Processes;
using KadSim.Randomness;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 4, funding fragility (brief §4.4): dues are the main income and flow through a legal
/// channel a regulation can close. In the dues month (or the founding month, in a body's first year)
/// each active member of an active body owes its dues (§7.9 <see cref="FreeRiding.DuesOwed"/>). If its
/// channel is closed the member follows its ban response: stop (legal fear), keep paying, or switch to
/// its alternative channel if open. Otherwise it pays with probability σ((e − θ)/s),
/// e = max(0, 1 − w_T − w_M)·c + w_T·T̄_i + w_M·MT + w_S·σ_b + w_V·V, with T̄_i its mean trust in partners,
/// MT its trust in the manager (§7.10), σ_b the body's sanction authority (§7.11), V the governor's
/// supervision (§7.8) — if its remaining budget covers the dues. Every partner observes the outcome
/// (trust in a payer α ← λα + w, in a defaulter β ← λβ + w′).
/// ODD: §3 step 11 "Dues"; §7.6 Dues and budget channels; §7.5 Trust.
/// </summary>
public sealed class FundingFragility : IProcess
{
    public string Name => "dues";

    public void Step(World w)
    {
        var bodies = w.Bodies;
        var status = bodies.Status;
        var founded = bodies.FoundedTick;
        int tick = w.Tick, month = w.Month, duesMonth = w.Parameters.DuesMonth;
        bool duesMonthNow = month == duesMonth, laterMonth = month > duesMonth;
        // Outside the dues month only bodies founded this very month (after the dues month) collect.
        if (!duesMonthNow && !laterMonth) return;
        for (int b = 0; b < status.Length; b++)
        {
            if (status[b] != BodyStatus.Active) continue;
            // Every year in the dues month; in the first year also in the founding month if that is later
            // (founded this tick is its first year).
            bool due = duesMonthNow || (founded[b] == tick && laterMonth);
            if (!due) continue;
            double amount = bodies.DuesFor(b, w.Year);
            if (amount <= 0) continue;
            Collect(w, b, amount);
        }
    }

    private static void Collect(World w, int b, double amount)
    {
        var p = w.Parameters;
        var r = w.Regions;
        var m = w.Members;
        var bodies = w.Bodies;
        var trust = w.Trust;
        int first = bodies.MemberStart[b], last = bodies.MemberStart[b + 1];
        double supervision = bodies.Province[b] >= 0 ? w.Provinces.Supervision[bodies.Province[b]] : 0;
        double wc = Math.Max(0, 1 - p.TrustWeightInPaying - p.ManagerTrustWeightInPaying);
        var draws = w.Random.At(RandomStream.Dues, w.Tick);
        for (int s = first; s < last; s++)
        {
            if (!m.Active[s] || m.PaidThisYear[s]) continue;
            int i = m.Region[s];
            double owed = FreeRiding.DuesOwed(w, b, s, amount);
            m.OwedThisYear[s] = true;
            bool pays;
            MissReason reason = MissReason.Unwilling;
            if (!w.Rules.IsOpen(m.Channel[s]) && !Respond(w, s, ref reason))
                pays = false;
            else if (r.BudgetRemaining[i] < owed)
            {
                pays = false;
                reason = MissReason.NoBudget;
            }
            else
            {
                double e = wc * r.Commitment[i] + p.TrustWeightInPaying * MeanTrustInPartners(w, b, s)
                    + p.ManagerTrustWeightInPaying * bodies.ManagerTrust[b]
                    + p.SanctionDuesWeight * bodies.SanctionAuthority[b] + p.SupervisionDuesWeight * supervision;
                double prob = 1 / (1 + Math.Exp(-(e - p.PayThreshold) / p.PaySteepness));
                pays = draws.Chance(s, prob);
            }

            if (pays)
            {
                r.BudgetRemaining[i] -= owed;
                r.Spending[i] += owed;
                r.DuesPaid[i] += owed;
                bodies.Funds[b] += owed;
                bodies.IncomeDues[b] += owed;
                m.PaidThisYear[s] = true;
                m.PaidThisYearAmount[s] += owed;
                m.DuesPaidTotal[s] += owed;
                w.Log(EventKind.DuesPaid, i, b, owed);
            }
            else
            {
                m.DuesMissedCount[s]++;
                w.Log(EventKind.DuesMissed, i, b, owed, (int)reason);
            }
            // Partners in this body see whether i kept its word: edge (partner t → i) from the pair index.
            int n = last - first, column = bodies.PairStart[b] + (s - first);
            for (int t = first; t < last; t++)
            {
                if (t == s || !m.Active[t]) continue;
                int edge = bodies.PairEdge[column + (t - first) * n];
                if (edge >= 0) trust.ObserveFrom(m.Region[t], edge, p.TrustForgetting, pays ? p.TrustGoodWeight : 0, pays ? 0 : p.TrustBadWeight);
            }
        }
    }

    /// <summary>Returns true if the member still pays despite its channel being closed.</summary>
    private static bool Respond(World w, int s, ref MissReason reason)
    {
        var m = w.Members;
        switch (m.BanResponse[s])
        {
            case BanResponse.KeepPaying:
                return true;
            case BanResponse.SwitchChannel when w.Rules.IsOpen(m.AlternativeChannel[s]):
                m.Channel[s] = m.AlternativeChannel[s];
                w.Log(EventKind.DuesChannelSwitched, m.Region[s], m.Body[s], detail: (int)m.Channel[s]);
                return true;
            default:
                reason = MissReason.ChannelClosed;
                return false;
        }
    }

    /// <summary>Mean trust of the member in slot s in its active partners of body b (other regions); 0.5 if none.</summary>
    internal static double MeanTrustInPartners(World w, int b, int s)
    {
        var m = w.Members;
        var bodies = w.Bodies;
        var trust = w.Trust;
        int first = bodies.MemberStart[b], last = bodies.MemberStart[b + 1];
        int i = m.Region[s], row = bodies.PairStart[b] + (s - first) * (last - first) - first;
        double sum = 0;
        int n = 0;
        for (int t = first; t < last; t++)
        {
            int j = m.Region[t];
            if (j == i || !m.Active[t]) continue;
            int e = bodies.PairEdge[row + t];
            if (e < 0) continue;
            sum += trust.TrustAt(e);
            n++;
        }
        return n == 0 ? 0.5 : sum / n;
    }
}
