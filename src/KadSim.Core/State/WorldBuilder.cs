using KadSim.Events;
using KadSim.Randomness;
using KadSim.Scenario;
using KadSim.Time;

namespace KadSim.State;

/// <summary>Compiles a validated scenario into columns (ODD §5 Initialization). All allocation of a run happens here.</summary>
public static class WorldBuilder
{
    public static World Build(ScenarioSpec spec, ulong seed, int run = 0)
    {
        ScenarioValidator.ThrowIfInvalid(spec);
        var p = spec.Parameters;
        var calendar = new Calendar(spec.Start!.Value, spec.End!.Value);

        var provinceIndex = Index(spec.Provinces.Select(x => x.Id!));
        var provinces = new ProvinceColumns(spec.Provinces.Count);
        for (int v = 0; v < spec.Provinces.Count; v++)
        {
            provinces.Ids[v] = spec.Provinces[v].Id!;
            provinces.Names[v] = spec.Provinces[v].Name ?? spec.Provinces[v].Id!;
            provinces.PoliticalWill[v] = spec.Provinces[v].PoliticalWill;
        }

        var regionIndex = Index(spec.Regions.Select(r => r.Id!));
        var regions = new RegionColumns(spec.Regions.Count);
        var firstElection = spec.Elections.FirstDirectElection ?? spec.Start!.Value;
        for (int i = 0; i < spec.Regions.Count; i++)
        {
            var r = spec.Regions[i];
            regions.Ids[i] = r.Id!;
            regions.Names[i] = r.Name ?? r.Id!;
            regions.Kind[i] = r.Kind;
            regions.Province[i] = r.Province is null ? -1 : provinceIndex[r.Province];
            regions.Apbd[i] = r.Apbd;
            regions.BudgetRemaining[i] = r.Apbd;
            regions.Commitment[i] = r.Commitment;
            regions.BaselineCommitment[i] = r.Commitment;
            regions.SocialCapital[i] = r.SocialCapital;
            regions.StaffCapacity[i] = r.StaffCapacity;
            regions.HeadId[i] = 1;
            regions.HeadTerm[i] = r.HeadTerm;
            int next = calendar.TickOf(r.NextElection ?? firstElection);
            // An election date before the start means the cycle is already running: move to the next one.
            while (next < 0) next += spec.Elections.TermMonths;
            regions.NextElectionTick[i] = next;
        }

        var schedule = new List<ScheduledEvent>();
        int slots = spec.Bodies.Sum(b => b.Members.Count);
        var bodies = new BodyColumns(spec.Bodies.Count);
        var members = new MembershipColumns(slots);
        var bodyIndex = Index(spec.Bodies.Select(b => b.Id!));
        var initialTrust = new double[spec.Bodies.Count];
        int slot = 0;
        for (int b = 0; b < spec.Bodies.Count; b++)
        {
            var s = spec.Bodies[b];
            var profile = FormatProfile.For(s.Format);
            bodies.Ids[b] = s.Id!;
            bodies.Names[b] = s.Name ?? s.Id!;
            bodies.Format[b] = s.Format;
            bodies.Management[b] = s.Management ?? profile.Management;
            bodies.Profile[b] = profile;
            bodies.DuesRule[b] = s.DuesRule;
            bodies.FoundedTick[b] = calendar.TickOf(s.Founded!.Value);
            bodies.Status[b] = BodyStatus.Proposed;
            bodies.OperatingCost[b] = s.OperatingCostPerMonth ?? profile.OperatingCostPerMonth;
            bodies.MeetingInterval[b] = s.MeetingIntervalMonths ?? profile.MeetingIntervalMonths;
            bodies.NextMeetingTick[b] = int.MaxValue;
            bodies.DuesYears[b] = s.Dues.Select(d => d.From!.Value).ToArray();
            bodies.DuesAmounts[b] = s.Dues.Select(d => d.Amount!.Value).ToArray();
            initialTrust[b] = s.InitialTrust ?? profile.InitialTrust;
            // Founded before the start: treat as founded at tick 0 with its initial funds.
            schedule.Add(new ScheduledEvent(Math.Max(0, bodies.FoundedTick[b]), ScheduledKind.FoundBody, b, s.InitialFunds));

            bodies.MemberStart[b] = slot;
            foreach (var m in s.Members)
            {
                members.Body[slot] = b;
                members.Region[slot] = regionIndex[m.Region!];
                members.JoinTick[slot] = calendar.TickOf(m.Joined ?? s.Founded!.Value);
                members.LeaveTick[slot] = m.Left is { } left ? calendar.TickOf(left) : int.MaxValue;
                members.Channel[slot] = m.Channel;
                members.BanResponse[slot] = m.BanResponse;
                members.AlternativeChannel[slot] = m.AlternativeChannel;
                members.Founder[slot] = m.Founder;
                schedule.Add(new ScheduledEvent(Math.Max(Math.Max(0, members.JoinTick[slot]), Math.Max(0, bodies.FoundedTick[b])), ScheduledKind.Join, slot));
                if (members.LeaveTick[slot] != int.MaxValue)
                    schedule.Add(new ScheduledEvent(Math.Max(0, members.LeaveTick[slot]), ScheduledKind.Leave, slot));
                slot++;
            }
        }
        bodies.MemberStart[spec.Bodies.Count] = slot;

        foreach (var ev in spec.Events)
        {
            int tick = Math.Max(0, calendar.TickOf(ev.Date!.Value));
            switch (ev.Type!.Value)
            {
                case RuleEventType.CloseChannel: schedule.Add(new(tick, ScheduledKind.CloseChannel, (int)ev.Channel!.Value)); break;
                case RuleEventType.OpenChannel: schedule.Add(new(tick, ScheduledKind.OpenChannel, (int)ev.Channel!.Value)); break;
                case RuleEventType.SetProvinceWill: schedule.Add(new(tick, ScheduledKind.SetProvinceWill, provinceIndex[ev.Province!], ev.Value!.Value)); break;
            }
        }
        // Stable sort by tick keeps the scenario's order within a month.
        var sorted = schedule.Select((e, k) => (e, k)).OrderBy(x => x.e.Tick).ThenBy(x => x.k).Select(x => x.e).ToArray();

        var grantList = new List<(int Body, int Province, int Donor, GrantSpec G)>();
        for (int v = 0; v < spec.Provinces.Count; v++)
            foreach (var g in spec.Provinces[v].Grants) grantList.Add((bodyIndex[g.Body!], v, -1, g));
        for (int d = 0; d < spec.Donors.Count; d++)
            foreach (var g in spec.Donors[d].Grants) grantList.Add((bodyIndex[g.Body!], -1, d, g));
        var grants = new GrantColumns(grantList.Count);
        for (int k = 0; k < grantList.Count; k++)
        {
            var (body, prov, donor, g) = grantList[k];
            grants.Body[k] = body;
            grants.Province[k] = prov;
            grants.Donor[k] = donor;
            grants.StartTick[k] = calendar.TickOf(g.Start!.Value);
            grants.EndTick[k] = calendar.TickOf(g.End!.Value);
            grants.Committed[k] = g.Committed;
            grants.MonthlyAmount[k] = g.Total!.Value / (g.Start.Value.MonthsUntil(g.End.Value) + 1);
        }

        // Trust edges: every pair of regions that are ever co-members, plus explicit pairs.
        var pairs = new List<(int, int)>();
        var bodyTrustOfPair = new Dictionary<(int, int), double>();
        for (int b = 0; b < bodies.Count; b++)
            for (int x = bodies.MemberStart[b]; x < bodies.MemberStart[b + 1]; x++)
                for (int y = bodies.MemberStart[b]; y < bodies.MemberStart[b + 1]; y++)
                {
                    if (x == y) continue;
                    var key = (members.Region[x], members.Region[y]);
                    pairs.Add(key);
                    // A pair in several bodies starts from the most trusting format.
                    bodyTrustOfPair[key] = Math.Max(bodyTrustOfPair.GetValueOrDefault(key), initialTrust[b]);
                }
        var explicitTrust = new Dictionary<(int, int), double>();
        foreach (var t in spec.Trust)
        {
            var key = (regionIndex[t.From!], regionIndex[t.To!]);
            pairs.Add(key);
            explicitTrust[key] = t.Value!.Value;
        }
        var trust = TrustNetwork.Build(regions.Count, pairs,
            (f, t) => explicitTrust.TryGetValue((f, t), out var v) ? v : bodyTrustOfPair.GetValueOrDefault((f, t), 0.5),
            p.TrustPriorStrength);

        // Room for every event a run of this size plausibly logs, so the log does not grow mid-run.
        int capacity = (int)Math.Min(1 << 24, 64 + (long)calendar.Ticks * (slots + bodies.Count) / 4 + sorted.Length * 2);
        return new World(spec, calendar, new KeyedRandom(seed, run), regions, bodies, members, trust, provinces, grants, sorted, capacity);
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) d[id] = d.Count;
        return d;
    }
}
