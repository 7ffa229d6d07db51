using KadSim.Events;
using KadSim.Randomness;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// Members' annual dues (brief §4.4, §4.5). In the dues month (or the founding month, in a body's first
/// year) each active member of an active body owes d (the body's schedule for the year). If its budget
/// channel is closed by a rule, the member follows its ban response: stop (legal fear), keep paying, or
/// switch to its alternative channel if that is open. Otherwise it pays with probability
/// σ((e − θ)/s), e = (1 − w_T)·c + w_T·(mean trust in its partners), if its remaining budget covers d.
/// Every partner observes the outcome: trust in the payer α ← λα + w, in a defaulter β ← λβ + w'.
/// ODD: §3 step 6 "Dues"; §7.6 Dues and budget channels; §7.5 Trust.
/// </summary>
public sealed class DuesProcess : IProcess
{
    public string Name => "dues";

    public void Step(World w)
    {
        var bodies = w.Bodies;
        for (int b = 0; b < bodies.Count; b++)
        {
            if (bodies.Status[b] != BodyStatus.Active) continue;
            bool firstYear = bodies.FoundedTick[b] >= 0 && w.Calendar.YearAt(bodies.FoundedTick[b]) == w.Year;
            bool due = w.Month == w.Parameters.DuesMonth
                ? !firstYear || bodies.FoundedTick[b] < w.Tick
                : firstYear && bodies.FoundedTick[b] == w.Tick && w.Month > w.Parameters.DuesMonth;
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
        for (int s = first; s < last; s++)
        {
            if (!m.Active[s] || m.PaidThisYear[s]) continue;
            int i = m.Region[s];
            bool pays;
            MissReason reason = MissReason.Unwilling;
            if (!w.Rules.IsOpen(m.Channel[s]) && !Respond(w, s, ref reason))
                pays = false;
            else if (r.BudgetRemaining[i] < amount)
            {
                pays = false;
                reason = MissReason.NoBudget;
            }
            else
            {
                double e = (1 - p.TrustWeightInPaying) * r.Commitment[i] + p.TrustWeightInPaying * MeanTrustInPartners(w, b, i);
                double prob = 1 / (1 + Math.Exp(-(e - p.PayThreshold) / p.PaySteepness));
                pays = w.Random.Chance(RandomStream.Dues, w.Tick, s, prob);
            }

            if (pays)
            {
                r.BudgetRemaining[i] -= amount;
                r.Spending[i] += amount;
                r.DuesPaid[i] += amount;
                bodies.Funds[b] += amount;
                bodies.IncomeDues[b] += amount;
                m.PaidThisYear[s] = true;
                m.DuesPaidTotal[s] += amount;
                w.Log(EventKind.DuesPaid, i, b, amount);
            }
            else
            {
                m.DuesMissedCount[s]++;
                w.Log(EventKind.DuesMissed, i, b, amount, (int)reason);
            }
            // Partners in this body see whether i kept its word.
            for (int t = first; t < last; t++)
            {
                if (t == s || !m.Active[t]) continue;
                int edge = trust.Find(m.Region[t], i);
                if (edge >= 0) trust.Observe(edge, p.TrustForgetting, pays ? p.TrustGoodWeight : 0, pays ? 0 : p.TrustBadWeight);
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

    internal static double MeanTrustInPartners(World w, int b, int i)
    {
        var m = w.Members;
        var trust = w.Trust;
        double sum = 0;
        int n = 0;
        for (int t = w.Bodies.MemberStart[b]; t < w.Bodies.MemberStart[b + 1]; t++)
        {
            int j = m.Region[t];
            if (j == i || !m.Active[t]) continue;
            int e = trust.Find(i, j);
            if (e < 0) continue;
            sum += trust.TrustAt(e);
            n++;
        }
        return n == 0 ? 0.5 : sum / n;
    }
}
