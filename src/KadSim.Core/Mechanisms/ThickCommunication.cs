using KadSim.Events;
using KadSim.Randomness;
using KadSim.State;

using KadSim.Processes;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 3, attendance and thick communication: forum meetings of heads (brief §4.3, Ansell and
/// Gash 2007 "thick communication"). When a body's meeting
/// falls due, each member head attends in person with probability a_max·c, else sends a deputy.
/// With quorum q: every attending head gains commitment c ← c + g·(1 − c) and every pair of attending
/// heads meets face to face (trust α ← λα + w_meet both ways); the next meeting is one interval later.
/// Without quorum nothing is decided, attending heads lose c ← c − l·c, and the convener waits two
/// intervals: meetings drift from yearly to every two years.
/// ODD: §3 step 7 "Meetings"; §7.4 Forum meetings and attendance.
/// </summary>
public sealed class ThickCommunication : IProcess
{
    public string Name => "meetings";

    public void Step(World w)
    {
        var bodies = w.Bodies;
        for (int b = 0; b < bodies.Count; b++)
        {
            if (bodies.Status[b] != BodyStatus.Active || bodies.NextMeetingTick[b] != w.Tick) continue;
            Meet(w, b);
        }
    }

    private static void Meet(World w, int b)
    {
        var p = w.Parameters;
        var r = w.Regions;
        var m = w.Members;
        var bodies = w.Bodies;
        int first = bodies.MemberStart[b], last = bodies.MemberStart[b + 1];
        int present = 0, active = 0;
        for (int s = first; s < last; s++)
        {
            int i = m.Region[s];
            r.Attending[i] = false;
            if (!m.Active[s]) continue;
            active++;
            if (w.Random.Chance(RandomStream.Meeting, w.Tick, s, p.AttendanceMax * r.Commitment[i]))
            {
                r.Attending[i] = true;
                present++;
            }
        }
        if (active == 0) { bodies.NextMeetingTick[b] = w.Tick + bodies.MeetingInterval[b]; return; }
        double share = (double)present / active;
        bodies.LastAttendance[b] = share;
        bool quorum = share >= p.QuorumShare && present >= 2;
        var trust = w.Trust;
        for (int s = first; s < last; s++)
        {
            int i = m.Region[s];
            if (!m.Active[s] || !r.Attending[i]) continue;
            if (quorum)
            {
                r.Commitment[i] += p.MeetingCommitmentGain * (1 - r.Commitment[i]);
                for (int e = trust.RowStart[i]; e < trust.RowStart[i + 1]; e++)
                    if (r.Attending[trust.Target[e]]) trust.Observe(e, p.TrustForgetting, p.TrustMeetingWeight, 0);
            }
            else
            {
                r.Commitment[i] -= p.FailedMeetingCommitmentLoss * r.Commitment[i];
            }
        }
        for (int s = first; s < last; s++) r.Attending[m.Region[s]] = false;
        bodies.NextMeetingTick[b] = w.Tick + (quorum ? 1 : 2) * bodies.MeetingInterval[b];
        w.Log(quorum ? EventKind.MeetingHeld : EventKind.MeetingFailedQuorum, body: b, value: share);
    }
}
