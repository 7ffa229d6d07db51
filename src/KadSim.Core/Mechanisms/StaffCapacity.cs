using KadSim.Events;
using KadSim.Processes;
using KadSim.Randomness;
using KadSim.State;

namespace KadSim.Mechanisms;

/// <summary>
/// Mechanism 11, staff capacity (brief §4.11). Civil servants rotate (mutasi): each month a region's
/// cooperation staff are rotated away with probability r_S/12, losing a share ℓ_S of capacity s.
/// Capacity building (Permendagri 19/2009) in an active body raises its members' capacity:
/// s ← s + g_S/12·cb·(1 − s). Side-duty overload is applied where capacity is used (§7.10).
/// ODD: §3 step 5 "Staff"; §7.15 Staff capacity.
/// </summary>
public sealed class StaffCapacity : IProcess
{
    public string Name => "staff";

    public void Step(World w)
    {
        var p = w.Parameters;
        var r = w.Regions;
        double rotation = p.StaffRotationRate / 12;
        for (int i = 0; i < r.Count; i++)
        {
            if (!w.Random.Chance(RandomStream.Staff, w.Tick, i, rotation)) continue;
            r.StaffCapacity[i] *= 1 - p.StaffRotationLoss;
            w.Log(EventKind.StaffRotated, region: i, value: r.StaffCapacity[i]);
        }

        var bodies = w.Bodies;
        var m = w.Members;
        double growth = p.CapacityBuildingRate / 12;
        for (int b = 0; b < bodies.Count; b++)
        {
            double cb = bodies.CapacityBuilding[b];
            if (cb <= 0 || bodies.Status[b] != BodyStatus.Active) continue;
            for (int s = bodies.MemberStart[b]; s < bodies.MemberStart[b + 1]; s++)
            {
                if (!m.Active[s]) continue;
                int i = m.Region[s];
                r.StaffCapacity[i] += growth * cb * (1 - r.StaffCapacity[i]);
            }
        }
    }
}
