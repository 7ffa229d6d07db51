using KadSim.Events;
using KadSim.Mechanisms;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// A body pays its monthly operating cost, scaled by its transaction-cost factor (§7.12), from its funds
/// (brief §4.4). It budgets the year: it keeps the core cost for the u months until the next dues month
/// plus a reserve of R months, and spends the rest over a year, (funds − (u + R)·cost)/12 a month, on
/// activities, so income turns into activity rather than hoarded reserves. An active body that, once
/// the dues month's collection is in (and the body is a year old), holds beyond its reserve, with the
/// grant money due within a year, less than s_Y of a year's cost (if it charges dues), or that cannot cover its cost
/// for n consecutive months, or has fewer than two active members, goes dormant ("mati suri"): its stage
/// falls back to information and every member remembers the failure (§7.17). A dormant body revives
/// once it holds m months of cost, and is dissolved after D dormant months if D &gt; 0. Where the
/// secretariat rotates (brief §3 reform proposal), a member's Bappeda hosts it from the founding month and
/// every 24 months the next one takes over,
/// and hosting raises that head's commitment as a meeting would.
/// ODD: §3 step 18 "Operations and status"; §7.7 Body finance and status.
/// </summary>
public sealed class BodyOperationsProcess : IProcess
{
    private const int RotationMonths = 24;

    public string Name => "operations";

    public void Step(World w)
    {
        var p = w.Parameters;
        var bodies = w.Bodies;
        var status = bodies.Status;
        int month = w.Month;
        // Budget horizon: months until the next dues month (12 in the dues month itself).
        int untilDues = (p.DuesMonth - month + 12) % 12;
        if (untilDues == 0) untilDues = 12;
        for (int b = 0; b < status.Length; b++)
        {
            var st = status[b];
            if (st is not (BodyStatus.Active or BodyStatus.Dormant)) continue;
            double cost = bodies.OperatingCost[b] * bodies.CostFactor[b];
            switch (st)
            {
                case BodyStatus.Active:
                    double spend = Math.Min(cost, bodies.Funds[b]);
                    bodies.Funds[b] -= spend;
                    // Budget: keep the core cost until the next dues month plus the reserve, and spread
                    // the rest over a year, so a windfall is not spent in a month.
                    double excess = bodies.Funds[b] - (untilDues + p.ReserveTargetMonths) * cost;
                    if (excess > 0)
                    {
                        double activities = excess / 12;
                        bodies.Funds[b] -= activities;
                        spend += activities;
                    }
                    bodies.Spending[b] += spend;
                    bodies.UnfundedMonths[b] = spend < cost ? bodies.UnfundedMonths[b] + 1 : 0;
                    // Once the year's dues are in, a body that cannot fund most of its year suspends activities.
                    bool shortYear = month == p.DuesMonth && cost > 0 && bodies.DuesFor(b, w.Year) > 0
                        && w.Tick - bodies.FoundedTick[b] >= 12
                        && bodies.Funds[b] + spend + GrantsDueWithinAYear(w, b) - p.ReserveTargetMonths * cost < p.SuspendBelowYearShare * 12 * cost;
                    if (shortYear || bodies.UnfundedMonths[b] >= p.DormantAfterUnfundedMonths || bodies.ActiveMembers[b] < 2)
                        SetStatus(w, b, BodyStatus.Dormant);
                    else if (bodies.SecretariatRotation[b])
                        Rotate(w, b);
                    break;
                case BodyStatus.Dormant:
                    bodies.DormantMonths[b]++;
                    if (bodies.Funds[b] >= p.ReviveFundsMonths * cost && bodies.ActiveMembers[b] >= 2)
                        SetStatus(w, b, BodyStatus.Active);
                    else if (p.DissolveAfterDormantMonths > 0 && bodies.DormantMonths[b] >= p.DissolveAfterDormantMonths)
                        SetStatus(w, b, BodyStatus.Dissolved);
                    break;
            }
        }
    }

    /// <summary>Grant money the body can count on over the next 12 months (running lines released this year).</summary>
    private static double GrantsDueWithinAYear(World w, int b)
    {
        var g = w.Grants;
        var of = w.Bodies.GrantsOfBody;
        double sum = 0;
        for (int x = w.Bodies.GrantStart[b]; x < w.Bodies.GrantStart[b + 1]; x++)
        {
            int k = of[x];
            if (g.Running[k] && g.PayingThisYear[k])
                sum += g.MonthlyAmount[k] * Math.Min(12, g.EndTick[k] - w.Tick);
        }
        return sum;
    }

    private static void Rotate(World w, int b)
    {
        var bodies = w.Bodies;
        int age = w.Tick - Math.Max(0, bodies.FoundedTick[b]);
        if (age % RotationMonths != 0) return;
        var m = w.Members;
        int first = bodies.MemberStart[b], n = bodies.MemberStart[b + 1] - first;
        int host = bodies.HostSlot[b];
        for (int step = 1; step <= n; step++)
        {
            int s = first + ((host < 0 ? -1 : host - first) + step + n) % n;
            if (!m.Active[s]) continue;
            bodies.HostSlot[b] = s;
            int i = m.Region[s];
            w.Regions.Commitment[i] += w.Parameters.MeetingCommitmentGain * (1 - w.Regions.Commitment[i]);
            w.Log(EventKind.SecretariatRotated, i, b);
            return;
        }
    }

    private static void SetStatus(World w, int b, BodyStatus status)
    {
        var bodies = w.Bodies;
        bodies.Status[b] = status;
        bodies.UnfundedMonths[b] = 0;
        bodies.DormantMonths[b] = 0;
        if (status == BodyStatus.Active) bodies.NextMeetingTick[b] = w.Tick + 1;
        w.Log(EventKind.StatusChanged, body: b, value: (double)status);
        if (status is BodyStatus.Dormant or BodyStatus.Dissolved)
        {
            MemoryOfFailure.BodyFailed(w, b);
            if (bodies.Stage[b] != NetworkStage.Information) NetworkStageProcess.SetStage(w, b, NetworkStage.Information);
        }
    }
}
