using KadSim.Events;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Processes;

/// <summary>
/// Applies the dated events due this month: bodies founded, members joining and leaving, rules opening
/// or closing budget channels, changes in a province's political will.
/// ODD: §3 step 1 "Timeline"; §7.1 Legal timeline and membership.
/// </summary>
public sealed class ScheduledEventsProcess : IProcess
{
    public string Name => "timeline";

    public void Step(World w)
    {
        var schedule = w.Schedule;
        while (w.NextScheduled < schedule.Length && schedule[w.NextScheduled].Tick <= w.Tick)
        {
            Apply(w, schedule[w.NextScheduled]);
            w.NextScheduled++;
        }
    }

    private static void Apply(World w, in ScheduledEvent e)
    {
        var bodies = w.Bodies;
        var members = w.Members;
        switch (e.Kind)
        {
            case ScheduledKind.FoundBody:
                bodies.Status[e.A] = BodyStatus.Active;
                bodies.Funds[e.A] += e.Value;
                bodies.IncomeGrants[e.A] += e.Value;
                // The first forum meeting is the founding meeting itself, held a month on.
                bodies.NextMeetingTick[e.A] = w.Tick + 1;
                w.Log(EventKind.BodyFounded, body: e.A, value: e.Value);
                break;
            case ScheduledKind.Join:
                if (members.Active[e.A] || members.LeaveTick[e.A] <= w.Tick) break;
                members.Active[e.A] = true;
                bodies.ActiveMembers[members.Body[e.A]]++;
                w.Log(EventKind.MemberJoined, members.Region[e.A], members.Body[e.A]);
                break;
            case ScheduledKind.Leave:
                if (!members.Active[e.A]) break;
                members.Active[e.A] = false;
                bodies.ActiveMembers[members.Body[e.A]]--;
                w.Log(EventKind.MemberLeft, members.Region[e.A], members.Body[e.A]);
                break;
            case ScheduledKind.CloseChannel:
                w.Rules.Set((BudgetChannel)e.A, open: false);
                w.Log(EventKind.ChannelClosed, detail: e.A);
                break;
            case ScheduledKind.OpenChannel:
                w.Rules.Set((BudgetChannel)e.A, open: true);
                w.Log(EventKind.ChannelOpened, detail: e.A);
                break;
            case ScheduledKind.SetProvinceWill:
                w.Provinces.PoliticalWill[e.A] = e.Value;
                w.Log(EventKind.ProvinceWillChanged, value: e.Value, detail: e.A);
                break;
        }
    }
}
