using KadSim.Events;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// A body pays its monthly operating cost from its funds (brief §4.4) and spends a share r of any money
/// above its reserve target R·cost on activities, so income turns into activity rather than hoarded
/// reserves. An active body that cannot cover
/// the cost for n consecutive months goes dormant ("mati suri"); a dormant body revives once it holds
/// m months of cost, and is dissolved after D dormant months if D &gt; 0.
/// ODD: §3 step 8 "Operations and status"; §7.7 Body finance and status.
/// </summary>
public sealed class BodyOperationsProcess : IProcess
{
    public string Name => "operations";

    public void Step(World w)
    {
        var p = w.Parameters;
        var bodies = w.Bodies;
        for (int b = 0; b < bodies.Count; b++)
        {
            double cost = bodies.OperatingCost[b];
            switch (bodies.Status[b])
            {
                case BodyStatus.Active:
                    double spend = Math.Min(cost, bodies.Funds[b]);
                    bodies.Funds[b] -= spend;
                    double excess = bodies.Funds[b] - p.ReserveTargetMonths * cost;
                    if (excess > 0) spend += Activities(bodies, b, p.ActivitySpendingRate * excess);
                    bodies.Spending[b] += spend;
                    bodies.UnfundedMonths[b] = spend < cost ? bodies.UnfundedMonths[b] + 1 : 0;
                    if (bodies.UnfundedMonths[b] >= p.DormantAfterUnfundedMonths || bodies.ActiveMembers[b] < 2)
                        SetStatus(w, b, BodyStatus.Dormant);
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

    private static double Activities(BodyColumns bodies, int b, double amount)
    {
        bodies.Funds[b] -= amount;
        return amount;
    }

    private static void SetStatus(World w, int b, BodyStatus status)
    {
        var bodies = w.Bodies;
        bodies.Status[b] = status;
        bodies.UnfundedMonths[b] = 0;
        bodies.DormantMonths[b] = 0;
        if (status == BodyStatus.Active) bodies.NextMeetingTick[b] = w.Tick + 1;
        w.Log(EventKind.StatusChanged, body: b, value: (double)status);
    }
}
