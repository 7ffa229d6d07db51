using KadSim.Events;
using KadSim.Processes;
using KadSim.Randomness;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 2, leadership turnover (brief §1, 2005; §4.2). At each direct election an incumbent who may
/// stand again is re-elected with probability ρ; otherwise a successor takes office whose interest in the
/// cooperation is drawn afresh, shifted up by the cooperation's drivers (shared needs, complementarity,
/// §7.14) and down by the region's memory of failure (§7.17), and carried over from the predecessor
/// only as far as social capital carries it:
/// c' = k·c + (1 − k)·clamp(U(μ − δ, μ + δ) + w_D·(D − ½) − w_M·m), k = socialCapital × κ_SC.
/// ODD: §3 step 3 "Elections"; §7.2 Elections and leadership turnover.
/// </summary>
public sealed class LeadershipTurnover : IProcess
{
    public string Name => "elections";

    public void Step(World w)
    {
        var r = w.Regions;
        var p = w.Parameters;
        var e = w.Spec.Elections;
        var rng = w.Random;
        int tick = w.Tick;
        // Every head's tenure grows by a month; then the regions whose election falls due, in index order
        // (a region's election reads and writes only its own columns, so the two passes equal one).
        VectorDraws.Increment(r.HeadTenure);
        var next = r.NextElectionTick;
        for (int i = VectorDraws.IndexOf(next, 0, tick); i < next.Length; i = i + 1 < next.Length ? VectorDraws.IndexOf(next, i + 1, tick) : next.Length)
        {
            next[i] = tick + e.TermMonths;
            if (!e.Turnover)
            {
                w.Log(EventKind.ElectionNoTurnover, region: i);
                continue;
            }
            bool mayStand = e.MaxTerms == 0 || r.HeadTerm[i] < e.MaxTerms;
            if (mayStand && rng.Chance(RandomStream.Election, tick, i, p.ReelectionProbability))
            {
                r.HeadTerm[i]++;
                w.Log(EventKind.HeadReelected, region: i, value: r.HeadTerm[i]);
                continue;
            }
            double draw = p.SuccessorCommitmentMean + p.SuccessorCommitmentSpread * (2 * rng.Uniform(RandomStream.Successor, tick, i) - 1)
                + p.DriverWeight * (CooperationDrivers.Strength(w, i) - 0.5)
                - p.FailureMemoryWeight * r.FailureMemory[i];
            double carry = r.SocialCapital[i] * p.SocialCapitalContinuity;
            double c = Math.Clamp(carry * r.Commitment[i] + (1 - carry) * Math.Clamp(draw, 0, 1), 0, 1);
            r.Commitment[i] = c;
            r.BaselineCommitment[i] = c;
            r.HeadId[i]++;
            r.HeadTerm[i] = 1;
            r.HeadTenure[i] = 0;
            // The founder's personal stake leaves office with the founder (brief §4.2).
            var m = w.Members;
            for (int k = m.RegionSlotStart[i]; k < m.RegionSlotStart[i + 1]; k++) m.Founder[m.SlotsOfRegion[k]] = false;
            w.Log(EventKind.HeadReplaced, region: i, value: c);
        }
    }
}
