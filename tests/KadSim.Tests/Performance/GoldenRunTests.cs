using System.Security.Cryptography;
using KadSim.Engine;
using KadSim.Events;
using KadSim.Generation;
using KadSim.IO.Scenarios;
using KadSim.Observation;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Tests.Performance;

/// <summary>
/// Performance work must not change a single bit of any output. These hashes were recorded with the engine
/// as it was before the performance issue (issue 6) changed anything; every optimisation since must
/// reproduce them. Each hash covers, for one run: every event (all fields, values bit for bit), every
/// region and body row of the traces (through <see cref="TraceRecorder"/>, so the derived metrics too), the
/// main body's series, the run summary, and the final state of every column (regions, bodies, memberships,
/// programmes, grants, the trust network's α and β).
/// <para>
/// The shipped cases have one body each, so generated worlds (overlapping bodies, shared trust edges,
/// grants, programmes, regions in no body) are covered too. If <see cref="ScenarioGenerator"/> changes on
/// purpose, re-record their hashes with the engine of before issue 6, never with the current one.
/// </para>
/// </summary>
public class GoldenRunTests
{
    public static TheoryData<string, ulong, int, string> Shipped => new()
    {
        { "barlingmascakeb.json", 1, 0, "3b31dc21e55a42b1" },
        { "barlingmascakeb.json", 2, 0, "82cc4cb35d79b647" },
        { "barlingmascakeb.json", 3, 5, "3391a2503c605884" },
        { "kartamantul.json", 1, 0, "7ecce9dd9aba0855" },
        { "kartamantul.json", 2, 0, "468e66f8abb1dcde" },
        { "kartamantul.json", 3, 5, "86dc9da679e1aa1f" },
        { "kedungsepur.json", 1, 0, "c2c9e39a589f0ebe" },
        { "kedungsepur.json", 2, 0, "d860d284b62b2c97" },
        { "kedungsepur.json", 3, 5, "770a350ce951861f" },
        { "jabodetabekjur.json", 1, 0, "51424b953f80fa44" },
        { "jabodetabekjur.json", 2, 0, "ad94c59956596abb" },
        { "jabodetabekjur.json", 3, 5, "e9fe1f6ff8fbd2f4" },
    };

    [Theory]
    [MemberData(nameof(Shipped))]
    public void ShippedScenarioRunsAreBitIdentical(string file, ulong seed, int run, string expected)
    {
        var spec = ScenarioLoader.LoadOrThrow(TestScenarios.Shipped(file));
        Assert.Equal(expected, Digest(spec, seed, run));
    }

    public static TheoryData<string, int, long, ulong, string> Generated => new()
    {
        { "synthetic", 1000, 1, 1, "577a0fdfc4e6b84d" },
        { "synthetic", 3000, 7, 2, "500e76d6670c26e0" },
        { "indonesia", 514, 1, 1, "621d3ed7845fdfb5" },
        { "indonesia", 514, 2, 3, "45545de287616603" },
    };

    [Theory]
    [MemberData(nameof(Generated))]
    public void GeneratedWorldRunsAreBitIdentical(string kind, int regions, long worldSeed, ulong runSeed, string expected)
    {
        var spec = kind == "indonesia"
            ? ScenarioGenerator.Indonesia(worldSeed).Spec
            : ScenarioGenerator.Generate(new GeneratorOptions { Regions = regions, Seed = worldSeed }).Spec;
        Assert.Equal(expected, Digest(spec, runSeed, 0));
    }

    /// <summary>First 16 hex digits of the SHA-256 of everything a run produces.</summary>
    internal static string Digest(ScenarioSpec spec, ulong seed, int run)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sim = new Simulation(spec, seed, run);
        var trace = new TraceRecorder(new HashingWriter(h), chunkRows: 1 << 12);
        var series = new SeriesRecorder();
        var summary = sim.RunToEnd(new Both(trace, series));
        var w = sim.World;

        foreach (ref readonly var e in w.Events.AsSpan())
        {
            Int(h, e.Tick); Int(h, (int)e.Kind); Int(h, e.Region); Int(h, e.Body); Dbl(h, e.Value); Int(h, e.Detail); Int(h, e.Grant);
        }
        Str(h, $"{summary.Seed}|{summary.Run}|{summary.Ticks}|{summary.HeadTurnovers}");
        foreach (var b in summary.Bodies) Str(h, b.ToString());
        var s = series.Series!;
        Bytes(h, s.Status); Bytes(h, s.Stage);
        foreach (var name in BodySeries.Names) Dbls(h, s.Series(name));

        var r = w.Regions;
        Dbls(h, r.Apbd); Dbls(h, r.BudgetRemaining); Dbls(h, r.Commitment); Dbls(h, r.BaselineCommitment); Dbls(h, r.SocialCapital);
        Dbls(h, r.StaffCapacity); Ints(h, r.HeadId); Ints(h, r.HeadTerm); Ints(h, r.HeadTenure); Ints(h, r.NextElectionTick);
        Dbls(h, r.Income); Dbls(h, r.Spending); Dbls(h, r.DuesPaid); Dbls(h, r.FailureMemory); Dbls(h, r.Benefit); Dbls(h, r.BenefitThisYear);
        Ints(h, r.Province);

        var b2 = w.Bodies;
        for (int b = 0; b < b2.Count; b++)
        {
            Int(h, (int)b2.Status[b]); Int(h, (int)b2.Stage[b]); Int(h, b2.StageSince[b]); Int(h, b2.NextMeetingTick[b]); Int(h, b2.UnfundedMonths[b]);
            Int(h, b2.DormantMonths[b]); Int(h, b2.ActiveMembers[b]); Int(h, b2.HostSlot[b]); Int(h, b2.Province[b]); Int(h, b2.MemberStart[b]);
            Dbl(h, b2.Funds[b]); Dbl(h, b2.IncomeDues[b]); Dbl(h, b2.IncomeGrants[b]); Dbl(h, b2.Spending[b]); Dbl(h, b2.LastAttendance[b]);
            Dbl(h, b2.Integration[b]); Dbl(h, b2.ManagerTrust[b]); Dbl(h, b2.Marketing[b]); Dbl(h, b2.Execution[b]); Dbl(h, b2.AgreementQuality[b]);
            Dbl(h, b2.CostFactor[b]); Dbl(h, b2.IncomeOwn[b]); Dbl(h, b2.AuctionValue[b]); Dbl(h, b2.AuctionRealised[b]); Dbl(h, b2.Benefit[b]);
            Dbl(h, b2.OperatingCost[b]);
        }

        var m = w.Members;
        for (int x = 0; x < m.Count; x++)
        {
            Int(h, m.Body[x]); Int(h, m.Region[x]); Int(h, m.Active[x] ? 1 : 0); Int(h, (int)m.Channel[x]); Int(h, m.Founder[x] ? 1 : 0);
            Int(h, m.PaidThisYear[x] ? 1 : 0); Int(h, m.OwedThisYear[x] ? 1 : 0); Int(h, m.DuesMissedCount[x]);
            Dbl(h, m.DuesPaidTotal[x]); Dbl(h, m.PaidThisYearAmount[x]); Dbl(h, m.BenefitThisYear[x]); Dbl(h, m.DuesWeight[x]);
        }

        var pr = w.Programmes;
        for (int k = 0; k < pr.Count; k++)
        {
            Int(h, pr.Started[k] ? 1 : 0); Int(h, pr.NextAuction[k]); Int(h, pr.LastAuctionTick[k]); Int(h, pr.AuctionsHeld[k]);
            Dbl(h, pr.SupplyPool[k]); Dbl(h, pr.Reputation[k]); Dbl(h, pr.TotalValue[k]); Dbl(h, pr.TotalRealised[k]); Dbl(h, pr.Delivery[k]);
        }

        var g = w.Grants;
        for (int k = 0; k < g.Count; k++)
        {
            Int(h, g.Body[k]); Int(h, g.PayingThisYear[k] ? 1 : 0); Int(h, g.Running[k] ? 1 : 0); Dbl(h, g.MonthlyAmount[k]);
        }

        var t = w.Trust;
        Ints(h, t.RowStart); Ints(h, t.Target); Dbls(h, t.Alpha); Dbls(h, t.Beta);
        return Convert.ToHexStringLower(h.GetHashAndReset())[..16];
    }

    private static void Int(IncrementalHash h, int v) => h.AppendData(BitConverter.GetBytes(v));
    private static void Dbl(IncrementalHash h, double v) => h.AppendData(BitConverter.GetBytes(BitConverter.DoubleToInt64Bits(v)));
    private static void Str(IncrementalHash h, string s) => h.AppendData(System.Text.Encoding.UTF8.GetBytes(s + "\n"));
    private static void Bytes(IncrementalHash h, byte[] v, int n = -1) => h.AppendData(v, 0, n < 0 ? v.Length : n);
    private static void Ints(IncrementalHash h, int[] v, int n = -1) => h.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(v.AsSpan(0, n < 0 ? v.Length : n)));
    private static void Dbls(IncrementalHash h, double[] v, int n = -1) => h.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(v.AsSpan(0, n < 0 ? v.Length : n)));

    private sealed class Both(ITickObserver a, ITickObserver b) : ITickObserver
    {
        public void Begin(World world) { a.Begin(world); b.Begin(world); }
        public void AfterTick(World world) { a.AfterTick(world); b.AfterTick(world); }
        public void End(World world) { a.End(world); b.End(world); }
    }

    /// <summary>Hashes every column of every trace chunk, as the Parquet writer would write them.</summary>
    private sealed class HashingWriter(IncrementalHash h) : ITraceWriter
    {
        public void Open(World world) { }

        public void WriteRegions(RegionTraceChunk c)
        {
            int n = c.Count;
            Ints(h, c.Tick, n); Ints(h, c.Region, n); Ints(h, c.HeadId, n); Ints(h, c.HeadTerm, n); Ints(h, c.HeadTenure, n);
            Dbls(h, c.Commitment, n); Dbls(h, c.TrustOut, n); Dbls(h, c.TrustIn, n); Dbls(h, c.BudgetRemaining, n); Dbls(h, c.DuesPaid, n);
            Dbls(h, c.Income, n); Dbls(h, c.Spending, n); Dbls(h, c.SocialCapital, n); Dbls(h, c.StaffCapacity, n);
            Dbls(h, c.FailureMemory, n); Dbls(h, c.Benefit, n);
        }

        public void WriteBodies(BodyTraceChunk c)
        {
            int n = c.Count;
            Ints(h, c.Tick, n); Ints(h, c.Body, n); Bytes(h, c.Status, n); Dbls(h, c.Funds, n); Dbls(h, c.IncomeDues, n);
            Dbls(h, c.IncomeGrants, n); Dbls(h, c.Spending, n); Ints(h, c.ActiveMembers, n); Dbls(h, c.Attendance, n);
            Dbls(h, c.MeanTrust, n); Dbls(h, c.MeanCommitment, n); Ints(h, c.UnfundedMonths, n); Bytes(h, c.Stage, n);
            Dbls(h, c.Integration, n); Dbls(h, c.ManagerTrust, n); Dbls(h, c.Execution, n); Dbls(h, c.Marketing, n);
            Dbls(h, c.CostFactor, n); Dbls(h, c.IncomeOwn, n); Dbls(h, c.AuctionValue, n); Dbls(h, c.AuctionRealised, n); Dbls(h, c.Benefit, n);
        }

        public void Complete(World world) { }
    }
}
