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
        var status = w.Bodies.Status;
        var next = w.Bodies.NextMeetingTick;
        int tick = w.Tick;
        var draws = w.Random.At(RandomStream.Meeting, tick);
        for (int b = 0; b < status.Length; b++)
        {
            if (next[b] != tick || status[b] != BodyStatus.Active) continue;
            Meet(w, b, draws);
        }
    }

    private static void Meet(World w, int b, in KeyedRandom.TickDraws draws)
    {
        var p = w.Parameters;
        var r = w.Regions;
        var m = w.Members;
        var bodies = w.Bodies;
        var attending = r.Attending;
        var commitment = r.Commitment;
        var active = m.Active;
        var region = m.Region;
        int first = bodies.MemberStart[b], last = bodies.MemberStart[b + 1];
        int present = 0, members = 0;
        for (int s = first; s < last; s++)
        {
            int i = region[s];
            attending[i] = false;
            if (!active[s]) continue;
            members++;
            if (draws.Chance(s, p.AttendanceMax * commitment[i]))
            {
                attending[i] = true;
                present++;
            }
        }
        if (members == 0) { bodies.NextMeetingTick[b] = w.Tick + bodies.MeetingInterval[b]; return; }
        double share = (double)present / members;
        bodies.LastAttendance[b] = share;
        bool quorum = share >= p.QuorumShare && present >= 2;
        var trust = w.Trust;
        var pairEdge = bodies.PairEdge;
        int n = last - first, pairs = bodies.PairStart[b];
        for (int s = first; s < last; s++)
        {
            int i = region[s];
            if (!active[s] || !attending[i]) continue;
            if (quorum)
            {
                commitment[i] += p.MeetingCommitmentGain * (1 - commitment[i]);
                // Face to face: i's trust in every other head present. Only this body's members are marked present,
                // so these are i's edges to attending co-members, from the pair index rather than a scan of i's
                // whole row (each edge is updated once either way; the order of independent updates is immaterial).
                int row = pairs + (s - first) * n;
                for (int y = 0; y < n; y++)
                {
                    int e = pairEdge[row + y];
                    if (e >= 0 && attending[region[first + y]]) trust.ObserveFrom(i, e, p.TrustForgetting, p.TrustMeetingWeight, 0);
                }
            }
            else
            {
                commitment[i] -= p.FailedMeetingCommitmentLoss * commitment[i];
            }
        }
        for (int s = first; s < last; s++) attending[region[s]] = false;
        bodies.NextMeetingTick[b] = w.Tick + (quorum ? 1 : 2) * bodies.MeetingInterval[b];
        w.Log(quorum ? EventKind.MeetingHeld : EventKind.MeetingFailedQuorum, body: b, value: share);
    }
}
