using KadSim.Events;
using KadSim.Randomness;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// Direct elections of heads every term (brief §1, 2005; mechanism 2). An incumbent who may stand again
/// is re-elected with probability ρ; otherwise a successor takes office whose commitment is drawn
/// afresh, carried over from the predecessor only as far as the region's social capital carries it:
/// c' = k·c + (1 − k)·U(μ − δ, μ + δ), k = socialCapital × continuity.
/// ODD: §3 step 3 "Elections"; §7.2 Elections and leadership turnover.
/// </summary>
public sealed class ElectionProcess : IProcess
{
    public string Name => "elections";

    public void Step(World w)
    {
        var r = w.Regions;
        var p = w.Parameters;
        var e = w.Spec.Elections;
        var rng = w.Random;
        for (int i = 0; i < r.Count; i++)
        {
            r.HeadTenure[i]++;
            if (r.NextElectionTick[i] != w.Tick) continue;
            r.NextElectionTick[i] = w.Tick + e.TermMonths;
            if (!e.Turnover)
            {
                w.Log(EventKind.ElectionNoTurnover, region: i);
                continue;
            }
            bool mayStand = e.MaxTerms == 0 || r.HeadTerm[i] < e.MaxTerms;
            if (mayStand && rng.Chance(RandomStream.Election, w.Tick, i, p.ReelectionProbability))
            {
                r.HeadTerm[i]++;
                w.Log(EventKind.HeadReelected, region: i, value: r.HeadTerm[i]);
                continue;
            }
            double draw = p.SuccessorCommitmentMean + p.SuccessorCommitmentSpread * (2 * rng.Uniform(RandomStream.Successor, w.Tick, i) - 1);
            double carry = r.SocialCapital[i] * p.SocialCapitalContinuity;
            double c = Math.Clamp(carry * r.Commitment[i] + (1 - carry) * draw, 0, 1);
            r.Commitment[i] = c;
            r.BaselineCommitment[i] = c;
            r.HeadId[i]++;
            r.HeadTerm[i] = 1;
            r.HeadTenure[i] = 0;
            // The founder's personal stake leaves office with the founder (brief §4.2).
            var m = w.Members;
            for (int s = 0; s < m.Count; s++) if (m.Region[s] == i) m.Founder[s] = false;
            w.Log(EventKind.HeadReplaced, region: i, value: c);
        }
    }
}
