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
        return Compile(spec, seed, run);
    }

    /// <summary>
    /// Builds without <see cref="ScenarioValidator"/>: for scenarios valid by construction
    /// (<see cref="Generation.ScenarioGenerator"/>) that are larger than the validator's size limits, as in the
    /// scaling benchmarks (1 M regions). An invalid scenario may fail here with any exception.
    /// </summary>
    internal static World BuildUnchecked(ScenarioSpec spec, ulong seed, int run = 0) => Compile(spec, seed, run);

    private static World Compile(ScenarioSpec spec, ulong seed, int run)
    {
        var p = spec.Parameters;
        var calendar = new Calendar(spec.Start!.Value, spec.End!.Value);

        var provinceIndex = Index(spec.Provinces.Select(x => x.Id!));
        var provinces = new ProvinceColumns(spec.Provinces.Count);
        for (int v = 0; v < spec.Provinces.Count; v++)
        {
            provinces.Ids[v] = spec.Provinces[v].Id!;
            provinces.Names[v] = spec.Provinces[v].Name ?? spec.Provinces[v].Id!;
            provinces.PoliticalWill[v] = spec.Provinces[v].PoliticalWill;
            provinces.Supervision[v] = spec.Provinces[v].Supervision;
            provinces.SanctionAuthority[v] = spec.Provinces[v].SanctionAuthority;
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
            regions.FailureMemory[i] = Math.Max(r.FailureMemory, r.NewlySplit ? p.NewlySplitMemory : 0);
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
            var profile = FormatProfile.For(s.Format, spec.Formats);
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
            bodies.Stage[b] = s.InitialStage;
            bodies.StartupMonths[b] = s.StartupMonths ?? profile.StartupMonths;
            double integration = s.SkpdIntegration ?? profile.SkpdIntegration;
            // Hybrid management: development synchronisation by SKPDs (brief §3).
            if (bodies.Management[b] == ManagementModel.Hybrid) integration = Math.Max(integration, p.HybridMinIntegration);
            bodies.Integration[b] = integration;
            bodies.SanctionAuthority[b] = s.SanctionAuthority ?? profile.SanctionAuthority;
            bodies.ManagerTrust[b] = initialTrust[b];
            bodies.AgreementQuality[b] = Math.Clamp(FormatProfile.AgreementQuality(s.LegalBasis) + (s.SanctionClause ? 0.1 : 0) + (s.ReportingToTkksd ? 0.1 : 0), 0, 1);
            bodies.AgreementFocus[b] = s.AgreementFocus;
            bodies.Complementarity[b] = s.Complementarity;
            bodies.Politicisation[b] = s.Politicisation;
            bodies.Networking[b] = s.Networking;
            bodies.SecretariatRotation[b] = s.SecretariatRotation;
            bodies.HostSlot[b] = -1;
            bodies.CapacityBuilding[b] = s.CapacityBuilding;
            bodies.CostFactor[b] = 1;
            // Region ids are unique, so the index finds the region a linear search would.
            bodies.Province[b] = s.Members.Count > 0 && s.Members[0].Region is { } firstRegion && spec.Regions[regionIndex[firstRegion]].Province is { } pv
                ? provinceIndex[pv] : -1;
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
                members.Priority[slot] = m.Priority;
                members.Potential[slot] = m.Potential;
                schedule.Add(new ScheduledEvent(Math.Max(Math.Max(0, members.JoinTick[slot]), Math.Max(0, bodies.FoundedTick[b])), ScheduledKind.Join, slot));
                if (members.LeaveTick[slot] != int.MaxValue)
                    schedule.Add(new ScheduledEvent(Math.Max(0, members.LeaveTick[slot]), ScheduledKind.Leave, slot));
                slot++;
            }
        }
        bodies.MemberStart[spec.Bodies.Count] = slot;
        // Reverse index region → membership slots (counting sort keeps slot order).
        var start = new int[regions.Count + 1];
        for (int x = 0; x < slots; x++) start[members.Region[x] + 1]++;
        for (int i = 0; i < regions.Count; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var bySlot = new int[slots];
        for (int x = 0; x < slots; x++) bySlot[fill[members.Region[x]]++] = x;
        members.RegionSlotStart = start;
        members.SlotsOfRegion = bySlot;

        // Benefit-proportional dues are split by expected benefit: potential × priority (brief §4.5).
        for (int b = 0; b < bodies.Count; b++)
        {
            double total = 0;
            for (int x = bodies.MemberStart[b]; x < bodies.MemberStart[b + 1]; x++) total += members.Potential[x] * members.Priority[x];
            int n = bodies.MemberStart[b + 1] - bodies.MemberStart[b];
            for (int x = bodies.MemberStart[b]; x < bodies.MemberStart[b + 1]; x++)
                members.DuesWeight[x] = total > 0 ? members.Potential[x] * members.Priority[x] / total : 1.0 / n;
        }

        var programmes = BuildProgrammes(spec, calendar, p);
        var incentives = new IncentiveColumns(spec.Central.Incentives.Count);
        for (int k = 0; k < incentives.Count; k++)
        {
            var inc = spec.Central.Incentives[k];
            incentives.StartTick[k] = calendar.TickOf(inc.Start!.Value);
            incentives.EndTick[k] = inc.End is { } e ? calendar.TickOf(e) : int.MaxValue;
            incentives.MonthlyAmount[k] = inc.AmountPerYear!.Value / 12;
            incentives.MinStage[k] = inc.MinStage;
        }

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
        // Stable sort by tick keeps the scenario's order within a month: sort on (tick, position).
        var sorted = schedule.ToArray();
        var order = new long[sorted.Length];
        for (int k = 0; k < order.Length; k++) order[k] = ((long)sorted[k].Tick << 32) | (uint)k;
        Array.Sort(order, sorted);

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

        var trust = BuildTrust(spec, regions.Count, regionIndex, bodies, members, initialTrust, p.TrustPriorStrength);
        IndexPairs(bodies, members, trust);
        IndexGrants(bodies, grants);

        // Room for every event a run of this size plausibly logs, so the log does not grow mid-run.
        // Large generated worlds log about 0.12 events per membership-month; the cap allows 0.14 (small worlds get
        // far more room), so even a million-region run does not grow the log mid-run.
        long wanted = 64 + (long)calendar.Ticks * (slots + bodies.Count) / 4 + sorted.Length * 2;
        long cap = Math.Max(1 << 24, (long)calendar.Ticks * (slots + bodies.Count) / 7 + sorted.Length * 2);
        int capacity = (int)Math.Min(Array.MaxLength, Math.Min(wanted, cap));
        return new World(spec, calendar, new KeyedRandom(seed, run), regions, bodies, members, trust, provinces, grants,
            programmes, incentives, sorted, capacity);
    }

    /// <summary>The trust edge of every ordered pair of slots of each body (<see cref="BodyColumns.PairEdge"/>).</summary>
    private static void IndexPairs(BodyColumns bodies, MembershipColumns members, TrustNetwork trust)
    {
        var start = new int[bodies.Count + 1];
        for (int b = 0; b < bodies.Count; b++)
        {
            long n = bodies.MemberStart[b + 1] - bodies.MemberStart[b];
            start[b + 1] = checked((int)(start[b] + n * n));
        }
        var edge = new int[start[bodies.Count]];
        for (int b = 0; b < bodies.Count; b++)
        {
            int first = bodies.MemberStart[b], n = bodies.MemberStart[b + 1] - first;
            for (int x = 0; x < n; x++)
                for (int y = 0; y < n; y++)
                {
                    int i = members.Region[first + x], j = members.Region[first + y];
                    edge[start[b] + x * n + y] = x == y || i == j ? -1 : trust.Find(i, j);
                }
        }
        bodies.PairStart = start;
        bodies.PairEdge = edge;
    }

    /// <summary>Grant lines by receiving body, in grant order (<see cref="BodyColumns.GrantsOfBody"/>).</summary>
    private static void IndexGrants(BodyColumns bodies, GrantColumns grants)
    {
        var start = new int[bodies.Count + 1];
        for (int k = 0; k < grants.Count; k++) start[grants.Body[k] + 1]++;
        for (int b = 0; b < bodies.Count; b++) start[b + 1] += start[b];
        var fill = (int[])start.Clone();
        var list = new int[grants.Count];
        for (int k = 0; k < grants.Count; k++) list[fill[grants.Body[k]]++] = k;
        bodies.GrantStart = start;
        bodies.GrantsOfBody = list;
    }

    /// <summary>
    /// Trust edges: every ordered pair of regions that are ever co-members, plus explicit pairs. A pair's initial
    /// trust is its explicit value (the last one given), else the most trusting format among the bodies the two
    /// share. CSR rows sorted by target, as <see cref="TrustNetwork.Build"/> would build them, in O(E log d)
    /// without per-pair dictionaries (1 M regions, 10 M edges).
    /// </summary>
    private static TrustNetwork BuildTrust(ScenarioSpec spec, int regionCount, Dictionary<string, int> regionIndex, BodyColumns bodies,
        MembershipColumns members, double[] initialTrust, double priorStrength)
    {
        // Count candidate entries per row: co-member pairs and explicit pairs.
        var count = new int[regionCount + 1];
        for (int b = 0; b < bodies.Count; b++)
            for (int x = bodies.MemberStart[b]; x < bodies.MemberStart[b + 1]; x++)
                for (int y = bodies.MemberStart[b]; y < bodies.MemberStart[b + 1]; y++)
                    if (x != y && members.Region[x] != members.Region[y]) count[members.Region[x] + 1]++;
        var explicitFrom = new int[spec.Trust.Count];
        var explicitTo = new int[spec.Trust.Count];
        for (int k = 0; k < spec.Trust.Count; k++)
        {
            explicitFrom[k] = regionIndex[spec.Trust[k].From!];
            explicitTo[k] = regionIndex[spec.Trust[k].To!];
            if (explicitFrom[k] != explicitTo[k]) count[explicitFrom[k] + 1]++;
        }
        for (int i = 0; i < regionCount; i++) count[i + 1] += count[i];
        int total = count[regionCount];

        // Entry key: target in the high half, then explicit entries after co-member ones, in scenario order,
        // so the last explicit value of a pair is the last entry of its group.
        var key = new long[total];
        var value = new double[total];
        var fill = (int[])count.Clone();
        for (int b = 0; b < bodies.Count; b++)
            for (int x = bodies.MemberStart[b]; x < bodies.MemberStart[b + 1]; x++)
                for (int y = bodies.MemberStart[b]; y < bodies.MemberStart[b + 1]; y++)
                {
                    int f = members.Region[x], t = members.Region[y];
                    if (x == y || f == t) continue;
                    int e = fill[f]++;
                    key[e] = (long)t << 32;
                    value[e] = initialTrust[b];
                }
        for (int k = 0; k < spec.Trust.Count; k++)
        {
            int f = explicitFrom[k], t = explicitTo[k];
            if (f == t) continue;
            int e = fill[f]++;
            key[e] = ((long)t << 32) | (1L + k);
            value[e] = spec.Trust[k].Value!.Value;
        }

        var rowStart = new int[regionCount + 1];
        var target = new List<int>(total);
        var initial = new List<double>(total);
        for (int i = 0; i < regionCount; i++)
        {
            rowStart[i] = target.Count;
            int a = count[i], z = count[i + 1];
            Array.Sort(key, value, a, z - a);
            for (int e = a; e < z;)
            {
                int t = (int)(key[e] >> 32);
                // Co-members start from the most trusting format (max over shared bodies, from 0 as before).
                double fromBodies = 0, fromExplicit = 0;
                bool isExplicit = false;
                for (; e < z && (int)(key[e] >> 32) == t; e++)
                {
                    if ((key[e] & 0xFFFFFFFFL) == 0) fromBodies = Math.Max(fromBodies, value[e]);
                    else { fromExplicit = value[e]; isExplicit = true; }
                }
                target.Add(t);
                initial.Add(isExplicit ? fromExplicit : fromBodies);
            }
        }
        rowStart[regionCount] = target.Count;
        var targets = target.ToArray();
        var alpha = new double[targets.Length];
        var beta = new double[targets.Length];
        for (int e = 0; e < targets.Length; e++)
        {
            double t0 = Math.Clamp(initial[e], 0.0, 1.0);
            alpha[e] = t0 * priorStrength;
            beta[e] = (1 - t0) * priorStrength;
        }
        return new TrustNetwork(rowStart, targets, alpha, beta);
    }

    private static ProgrammeColumns BuildProgrammes(ScenarioSpec spec, Calendar calendar, ModelParameters p)
    {
        var list = new List<(int Body, ProgrammeSpec P)>();
        for (int b = 0; b < spec.Bodies.Count; b++)
            foreach (var prog in spec.Bodies[b].Programmes) list.Add((b, prog));
        var cols = new ProgrammeColumns(list.Count);
        for (int k = 0; k < list.Count; k++)
        {
            var (b, prog) = list[k];
            cols.Ids[k] = prog.Id!;
            cols.Body[k] = b;
            cols.Type[k] = prog.Type!.Value;
            cols.StartTick[k] = calendar.TickOf(prog.Start ?? spec.Bodies[b].Founded!.Value);
            cols.EndTick[k] = prog.End is { } e ? calendar.TickOf(e) : int.MaxValue;
            cols.AuctionTicks[k] = prog.Schedule.Select(calendar.TickOf).Where(t => t >= 0).Order().ToArray();
            cols.RecurringMask[k] = Mask(prog.RecurringMonths);
            cols.HarvestMask[k] = Mask(prog.HarvestMonths);
            cols.MarketSize[k] = prog.MarketSizePerYear;
            cols.OrganisingCost[k] = prog.OrganisingCost;
            cols.FeeRate[k] = prog.FeeRate;
            cols.ProvinceSanctions[k] = prog.ProvinceSanctions;
            cols.Reputation[k] = p.InitialReputation;
            cols.LastAuctionTick[k] = int.MinValue / 2;
            cols.BenefitPerMonth[k] = prog.BenefitPerMonth;
            cols.CostPerMonth[k] = prog.CostPerMonth;
            cols.RevenuePerMonth[k] = prog.RevenuePerMonth;
        }
        return cols;
    }

    private static int Mask(List<int> months)
    {
        int mask = 0;
        foreach (var m in months) mask |= 1 << (m - 1);
        return mask;
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) d[id] = d.Count;
        return d;
    }
}
