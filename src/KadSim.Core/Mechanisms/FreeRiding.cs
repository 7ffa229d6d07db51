using KadSim.Events;
using KadSim.Processes;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 5, free-riding (brief §4.5; Olson 1965), learned by Bush–Mosteller reinforcement (Macy and
/// Flache 2002). Each December — once a body is past its start-up and a full year — every active member
/// of an active body that has been a member for six months or more assesses its year:
/// payoff π = (benefit received − dues paid) / d̄, d̄ the body's dues per member (or a year's operating
/// cost per member, max(1, 12·C/n), if it charges none), and stimulus s = clamp(π − A, −1, 1), A the aspiration. The head's
/// standing interest b (and commitment c by the same step) is reinforced toward the action taken
/// (paying, or simply staying in where no dues were asked):
/// having paid, s ≥ 0: b += l·s·(1 − b), s &lt; 0: b += l·s·b; having not paid, the propensity to pay moves
/// the other way (s ≥ 0: b −= l·s·b, s &lt; 0: b += l·|s|·(1 − b)). Under equal dues with unequal benefits
/// the lowest-benefit members lose interest and stop paying first; benefit-proportional dues
/// (<see cref="DuesOwed"/>) align payments with benefits.
/// ODD: §3 step 16 "Learning"; §7.9 Free-riding and learning.
/// </summary>
public sealed class FreeRiding : IProcess
{
    public string Name => "learning";

    public void Step(World w)
    {
        if (w.Month != 12) return;
        var p = w.Parameters;
        var bodies = w.Bodies;
        var m = w.Members;
        var r = w.Regions;
        for (int b = 0; b < bodies.Count; b++)
        {
            if (bodies.Status[b] != BodyStatus.Active) continue;
            // A new body is given its start-up and one full year to show results before heads judge it.
            if (w.Tick - bodies.FoundedTick[b] < bodies.StartupMonths[b] + 12) continue;
            int n = Math.Max(1, bodies.ActiveMembers[b]);
            double scale = bodies.DuesFor(b, w.Year);
            if (scale <= 0) scale = Math.Max(1, bodies.OperatingCost[b] * 12 / n);
            for (int s = bodies.MemberStart[b]; s < bodies.MemberStart[b + 1]; s++)
            {
                if (!m.Active[s] || w.Tick - m.JoinTick[s] < 6) continue;
                double payoff = (m.BenefitThisYear[s] - m.PaidThisYearAmount[s]) / scale;
                double stim = Math.Clamp(payoff - p.Aspiration, -1, 1);
                int i = m.Region[s];
                double before = r.BaselineCommitment[i];
                // Where no dues were asked this year, staying in is the cooperative act.
                double after = Reinforce(before, stim, p.LearningRate, cooperated: m.PaidThisYear[s] || !m.OwedThisYear[s]);
                r.BaselineCommitment[i] = after;
                r.Commitment[i] = Math.Clamp(r.Commitment[i] + (after - before), 0, 1);
                w.Log(EventKind.PayoffAssessed, i, b, stim);
            }
        }
    }

    /// <summary>Bush–Mosteller update of the propensity to cooperate.</summary>
    public static double Reinforce(double propensity, double stimulus, double rate, bool cooperated)
    {
        double s = cooperated ? stimulus : -stimulus;
        return s >= 0 ? propensity + rate * s * (1 - propensity) : propensity + rate * s * propensity;
    }

    /// <summary>Dues owed by slot s for a year: d under equal dues; d·n·w_s under benefit-proportional dues.</summary>
    public static double DuesOwed(World w, int b, int s, double amount) =>
        w.Bodies.DuesRule[b] == DuesRule.BenefitProportional
            ? amount * (w.Bodies.MemberStart[b + 1] - w.Bodies.MemberStart[b]) * w.Members.DuesWeight[s]
            : amount;
}
