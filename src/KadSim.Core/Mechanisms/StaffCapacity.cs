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
        // Chance(Staff, tick, i, rotation) for every region, eight at a time: only the rotated ones are visited.
        var draws = w.Random.At(RandomStream.Staff, w.Tick);
        ulong threshold = KeyedRandom.ChanceThreshold(rotation);
        var staff = r.StaffCapacity;
        int n = r.Count;
        for (int i = VectorDraws.NextChance(draws, 0, n, threshold); i < n; i = VectorDraws.NextChance(draws, i + 1, n, threshold))
        {
            staff[i] *= 1 - p.StaffRotationLoss;
            w.Log(EventKind.StaffRotated, region: i, value: staff[i]);
        }

        var bodies = w.Bodies;
        var m = w.Members;
        var active = m.Active;
        var region = m.Region;
        var start = bodies.MemberStart;
        var status = bodies.Status;
        var building = bodies.CapacityBuilding;
        double growth = p.CapacityBuildingRate / 12;
        for (int b = 0; b < building.Length; b++)
        {
            double cb = building[b];
            if (cb <= 0 || status[b] != BodyStatus.Active) continue;
            for (int s = start[b]; s < start[b + 1]; s++)
            {
                if (!active[s]) continue;
                int i = region[s];
                staff[i] += growth * cb * (1 - staff[i]);
            }
        }
    }
}
