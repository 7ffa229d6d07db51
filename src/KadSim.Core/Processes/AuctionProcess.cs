using KadSim.Events;
using KadSim.Mechanisms;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// The forward commodity auction (pasar lelang forward, brief §5). Members' produce gathers in a pool:
/// each month P ← (1 − λ_S)·P + Y/12·h(month), Y the market size, h = H in harvest months and 1 otherwise,
/// normalised to a yearly mean of 1; the leak λ_S is produce sold on the spot market meanwhile, so
/// auctions held too often or off the harvest gather little. On a scheduled auction month an active body
/// whose programme has been acted on (§7.16) pays the organising cost C·(cost factor §7.12) — or cancels
/// if that would eat the core budget until the next dues month (§7.7) — and trades V = P·min(1, S·B·(½ + ½·I)): sellers S = R·(0.3 + 0.7·X) recruited by members'
/// trade agencies (execution X, §7.10), buyers B = R·M·E(P)·min(1, Δt/t_B) recruited by the manager
/// (marketing M, economies of scale E §7.14, and buyers' recovery: Δt months since the last auction), matched better when recruitment is coordinated (integration I). R is the
/// market's reputation. Contracts are realised at rate r (sanctions §7.11); breaches are non-delivery or
/// non-payment. Reputation spreads by word of mouth: R ← R + g_R·(½M + ½r)·R·(1 − R) − ℓ_R·(1 − r)·R. Members gain
/// a_G·realised·(gain factor §7.13), shared by potential; the body keeps a fee (own revenue).
/// ODD: §3 step 13 "Auctions"; §7.21 Forward commodity auction.
/// </summary>
public sealed class AuctionProcess : IProcess
{
    public string Name => "auctions";

    public void Step(World w)
    {
        var pr = w.Programmes;
        var p = w.Parameters;
        for (int k = 0; k < pr.Count; k++)
        {
            if (pr.Type[k] != ProgrammeType.Auction || w.Tick < pr.StartTick[k] || w.Tick > pr.EndTick[k]) continue;
            int harvest = System.Numerics.BitOperations.PopCount((uint)pr.HarvestMask[k]);
            double norm = 12.0 / (harvest * p.HarvestBoost + (12 - harvest));
            double season = ((pr.HarvestMask[k] >> (w.Month - 1)) & 1) == 1 ? p.HarvestBoost : 1;
            pr.SupplyPool[k] = (1 - p.SupplyLeak) * pr.SupplyPool[k] + pr.MarketSize[k] / 12 * season * norm;
            if (IsAuctionMonth(w, k)) Hold(w, k);
        }
    }

    private static bool IsAuctionMonth(World w, int k)
    {
        var pr = w.Programmes;
        var ticks = pr.AuctionTicks[k];
        while (pr.NextAuction[k] < ticks.Length && ticks[pr.NextAuction[k]] < w.Tick) pr.NextAuction[k]++;
        if (pr.NextAuction[k] < ticks.Length) return ticks[pr.NextAuction[k]] == w.Tick;
        bool afterSchedule = ticks.Length == 0 || w.Tick > ticks[^1];
        return afterSchedule && ((pr.RecurringMask[k] >> (w.Month - 1)) & 1) == 1;
    }

    private static void Hold(World w, int k)
    {
        var pr = w.Programmes;
        var bodies = w.Bodies;
        var p = w.Parameters;
        int b = pr.Body[k];
        if (bodies.Status[b] != BodyStatus.Active) { w.Log(EventKind.AuctionCancelled, body: b, detail: (int)CancelReason.BodyInactive, grant: k); return; }
        if (!pr.Started[k]) { w.Log(EventKind.AuctionCancelled, body: b, detail: (int)CancelReason.NotStarted, grant: k); return; }
        double cost = pr.OrganisingCost[k] * bodies.CostFactor[b];
        // An auction is an activity: it may not eat the core budget until the next dues month.
        int untilDues = (p.DuesMonth - w.Month + 12) % 12;
        double core = (untilDues == 0 ? 12 : untilDues) * bodies.OperatingCost[b] * bodies.CostFactor[b];
        if (bodies.Funds[b] - cost < core) { w.Log(EventKind.AuctionCancelled, body: b, value: cost, detail: (int)CancelReason.NoFunds, grant: k); return; }
        bodies.Funds[b] -= cost;
        bodies.Spending[b] += cost;

        double rep = pr.Reputation[k];
        double sellers = rep * (0.3 + 0.7 * bodies.Execution[b]);
        // Buyers who came last time need a while to come back (brief §5: the same buyers every time).
        double fatigue = p.BuyerRecoveryMonths <= 0 ? 1 : Math.Min(1, (w.Tick - pr.LastAuctionTick[k]) / p.BuyerRecoveryMonths);
        double buyers = rep * bodies.Marketing[b] * fatigue * CooperationDrivers.EconomiesOfScale(pr.SupplyPool[k], pr.MarketSize[k], p.BuyerVolumeMonths);
        pr.LastAuctionTick[k] = w.Tick;
        double value = pr.SupplyPool[k] * Math.Min(1, sellers * buyers * (0.5 + 0.5 * bodies.Integration[b]));
        pr.SupplyPool[k] -= value;

        double authority = AuthorityAndSanctions.ProgrammeAuthority(w, k);
        double rate = AuthorityAndSanctions.Realisation(p, authority);
        double realised = value * rate, breached = value - realised;
        // Participation spreads by word of mouth (logistic, as in Bass diffusion): slow at first, then fast.
        pr.Reputation[k] = Math.Clamp(rep + p.ReputationGain * (0.5 * bodies.Marketing[b] + 0.5 * rate) * rep * (1 - rep) - p.ReputationLoss * (1 - rate) * rep, 0, 1);
        pr.AuctionsHeld[k]++;
        pr.TotalValue[k] += value;
        pr.TotalRealised[k] += realised;
        bodies.AuctionValue[b] += value;
        bodies.AuctionRealised[b] += realised;
        w.Log(EventKind.AuctionHeld, body: b, value: value, grant: k);
        w.Log(EventKind.ContractsRealised, body: b, value: realised, grant: k);
        if (breached > 0)
        {
            w.Log(EventKind.ContractsBreached, body: b, value: breached, grant: k);
            if (authority > 0) w.Log(EventKind.Sanctioned, body: b, value: breached * authority, grant: k);
        }

        double fee = realised * pr.FeeRate[k];
        bodies.Funds[b] += fee;
        bodies.IncomeOwn[b] += fee;
        Programmes.ShareBenefit(w, b, realised * p.AuctionGainRate * SimilarPotential.GainFactor(bodies, b), byPotential: true);
    }
}
