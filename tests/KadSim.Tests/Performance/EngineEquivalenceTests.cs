using KadSim.Engine;
using KadSim.Generation;
using KadSim.IO.Scenarios;
using KadSim.Observation;
using KadSim.Randomness;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Tests.Performance;

/// <summary>
/// The fast paths of the tick loop (issue 6) against the plain code they replace: hoisted and vectorised keyed draws,
/// vectorised column updates, the trust memo, the pair and grant indexes, the trust network builder. Each must give
/// the same bits; <see cref="GoldenRunTests"/> checks whole runs.
/// </summary>
public class EngineEquivalenceTests
{
    [Fact]
    public void TickDrawsAreTheKeyedDraws()
    {
        var rng = new KeyedRandom(123456789, 7);
        var meta = new Random(1);
        for (int k = 0; k < 2000; k++)
        {
            var stream = (RandomStream)meta.Next(1, 17);
            int tick = meta.Next(-5, 4000), agent = meta.Next(0, int.MaxValue), draw = meta.Next(0, 5);
            var d = rng.At(stream, tick);
            Assert.Equal(rng.Bits(stream, tick, agent, draw), d.Bits(agent, draw));
            Assert.Equal(rng.Uniform(stream, tick, agent, draw), d.Uniform(agent, draw));
            double p = meta.NextDouble();
            Assert.Equal(rng.Chance(stream, tick, agent, p, draw), d.Chance(agent, p, draw));
        }
    }

    [Fact]
    public void TheIntegerChanceThresholdDecidesAsUniformBelowP()
    {
        var meta = new Random(2);
        double[] special = [0, -1, 1, 2, double.NaN, double.Epsilon, 1e-300, 0.5, 1 - 1e-16, 1.0 / 12, 0.2 / 12, double.PositiveInfinity, double.NegativeInfinity];
        var ps = special.Concat(Enumerable.Range(0, 200).Select(_ => meta.NextDouble())).ToArray();
        foreach (var p in ps)
        {
            ulong threshold = KeyedRandom.ChanceThreshold(p);
            for (int k = 0; k < 300; k++)
            {
                ulong bits = (ulong)meta.NextInt64() ^ ((ulong)meta.NextInt64() << 1);
                // Bits near the threshold too, where rounding would show.
                if (k % 3 == 0 && threshold > 0 && threshold < 1UL << 53) bits = (threshold - 1 + (ulong)(k % 2)) << 11 | (bits & 0x7FF);
                double u = (bits >> 11) * (1.0 / (1UL << 53));
                Assert.Equal(u < p, (bits >> 11) < threshold);
            }
        }
    }

    [Fact]
    public void VectorisedChancesFindTheSameAgentsAsTheScalarLoop()
    {
        var rng = new KeyedRandom(99, 3);
        foreach (double p in new[] { 0.0, 0.001, 0.2 / 12, 0.3, 0.9, 1.0 })
            for (int tick = 0; tick < 5; tick++)
            {
                var d = rng.At(RandomStream.Staff, tick);
                ulong threshold = KeyedRandom.ChanceThreshold(p);
                foreach (var (from, to) in new[] { (0, 0), (0, 5), (3, 8), (0, 1000), (17, 1003), (1000, 1007) })
                {
                    var expected = Enumerable.Range(from, to - from).Where(a => rng.Chance(RandomStream.Staff, tick, a, p)).ToList();
                    var found = new List<int>();
                    for (int a = VectorDraws.NextChance(d, from, to, threshold); a < to; a = VectorDraws.NextChance(d, a + 1, to, threshold)) found.Add(a);
                    Assert.Equal(expected, found);
                }
            }
    }

    [Fact]
    public void VectorisedColumnUpdatesEqualTheScalarLoops()
    {
        var meta = new Random(3);
        foreach (int n in new[] { 0, 1, 7, 8, 9, 63, 64, 1001 })
        {
            var c = Enumerable.Range(0, n).Select(_ => meta.NextDouble()).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => meta.NextDouble()).ToArray();
            var expected = (double[])c.Clone();
            for (int i = 0; i < n; i++) expected[i] += 0.02 * (b[i] - expected[i]);
            VectorDraws.Relax(c, b, 0.02);
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), c.Select(BitConverter.DoubleToInt64Bits));

            var scaled = (double[])c.Clone();
            for (int i = 0; i < n; i++) expected[i] = c[i] * 0.99;
            VectorDraws.Scale(scaled, 0.99);
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), scaled.Select(BitConverter.DoubleToInt64Bits));

            var ints = Enumerable.Range(0, n).Select(_ => meta.Next(-5, 100)).ToArray();
            var plus = ints.Select(x => x + 1).ToArray();
            VectorDraws.Increment(ints);
            Assert.Equal(plus, ints);
        }
    }

    [Fact]
    public void TheRowOfAnEdgeIsTheRowThatHoldsIt()
    {
        var net = TrustNetwork.Build(7, [(0, 3), (0, 1), (2, 0), (2, 6), (5, 1), (5, 2), (5, 6), (6, 0)], (_, _) => 0.5, 4);
        for (int i = 0; i < net.Regions; i++)
            for (int e = net.RowStart[i]; e < net.RowStart[i + 1]; e++) Assert.Equal(i, net.RowOf(e));
        Assert.Throws<ArgumentOutOfRangeException>(() => net.RowOf(net.Edges));
        int before = net.RowVersion[5];
        net.Observe(net.Find(5, 2), 0.95, 1, 0);
        Assert.Equal(before + 1, net.RowVersion[5]);
    }

    /// <summary>Mean trust among members as it was computed before the memo and the pair index (binary searches).</summary>
    private static double ReferenceMeanTrust(World w, int b)
    {
        var m = w.Members;
        int first = w.Bodies.MemberStart[b], last = w.Bodies.MemberStart[b + 1];
        double sum = 0;
        int n = 0;
        for (int x = first; x < last; x++)
        {
            if (!m.Active[x]) continue;
            for (int y = first; y < last; y++)
            {
                if (x == y || !m.Active[y]) continue;
                int e = w.Trust.Find(m.Region[x], m.Region[y]);
                if (e < 0) continue;
                sum += w.Trust.TrustAt(e);
                n++;
            }
        }
        return n == 0 ? double.NaN : sum / n;
    }

    [Fact]
    public void TheTrustMemoIsExactEveryTick()
    {
        var spec = ScenarioGenerator.Generate(new GeneratorOptions { Regions = 1500, Seed = 21 }).Spec;
        var sim = new Simulation(spec, 5);
        var w = sim.World;
        while (!sim.Finished)
        {
            sim.Step();
            if (w.Tick % 7 != 2 && w.Month != 3) continue; // every dues month and a spread of others
            for (int b = 0; b < w.Bodies.Count; b++)
            {
                double expected = ReferenceMeanTrust(w, b);
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Metrics.MeanTrustAmongMembers(w, b)));
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Metrics.ComputeMeanTrustAmongMembers(w, b)));
            }
        }
    }

    [Fact]
    public void TheTrustMemoFollowsChangesMadeOutsideTheSchedule()
    {
        // A custom process (Schedule.Insert) may change membership or trust between the built-in steps.
        var sim = new Simulation(ScenarioGenerator.Generate(new GeneratorOptions { Regions = 800, Seed = 4 }).Spec, 1);
        for (int t = 0; t < 60; t++) sim.Step();
        var w = sim.World;
        int checkedBodies = 0;
        for (int b = 0; b < w.Bodies.Count && checkedBodies < 20; b++)
        {
            int first = w.Bodies.MemberStart[b], n = w.Bodies.MemberStart[b + 1] - first;
            if (n < 3 || !w.Members.Active[first] || !w.Members.Active[first + 1]) continue;
            checkedBodies++;
            Assert.Equal(ReferenceMeanTrust(w, b), Metrics.MeanTrustAmongMembers(w, b));
            w.Members.Active[first] = false;
            Assert.Equal(ReferenceMeanTrust(w, b), Metrics.MeanTrustAmongMembers(w, b));
            w.Members.Active[first] = true;
            Assert.Equal(ReferenceMeanTrust(w, b), Metrics.MeanTrustAmongMembers(w, b));
            int e = w.Trust.Find(w.Members.Region[first], w.Members.Region[first + 1]);
            w.Trust.Observe(e, 0.5, 0, 3);
            Assert.Equal(ReferenceMeanTrust(w, b), Metrics.MeanTrustAmongMembers(w, b));
        }
        Assert.Equal(20, checkedBodies);
    }

    [Fact]
    public void PairAndGrantIndexesHoldWhatSearchingWouldFind()
    {
        var w = WorldBuilder.Build(ScenarioGenerator.Generate(new GeneratorOptions { Regions = 2000, Seed = 3 }).Spec, 1);
        var bodies = w.Bodies;
        for (int b = 0; b < bodies.Count; b++)
        {
            int first = bodies.MemberStart[b], n = bodies.MemberStart[b + 1] - first;
            for (int x = 0; x < n; x++)
                for (int y = 0; y < n; y++)
                {
                    int i = w.Members.Region[first + x], j = w.Members.Region[first + y];
                    Assert.Equal(x == y ? -1 : w.Trust.Find(i, j), bodies.PairEdge[bodies.PairStart[b] + x * n + y]);
                }
            var grants = Enumerable.Range(0, w.Grants.Count).Where(k => w.Grants.Body[k] == b);
            Assert.Equal(grants, bodies.GrantsOfBody[bodies.GrantStart[b]..bodies.GrantStart[b + 1]]);
        }
    }

    /// <summary>The trust network as WorldBuilder built it before issue 6: dictionaries and <see cref="TrustNetwork.Build"/>.</summary>
    private static TrustNetwork ReferenceTrust(ScenarioSpec spec, World w)
    {
        var regionIndex = new Dictionary<string, int>();
        for (int i = 0; i < spec.Regions.Count; i++) regionIndex[spec.Regions[i].Id!] = i;
        var pairs = new List<(int, int)>();
        var bodyTrust = new Dictionary<(int, int), double>();
        for (int b = 0; b < w.Bodies.Count; b++)
        {
            double initial = spec.Bodies[b].InitialTrust ?? FormatProfile.For(spec.Bodies[b].Format, spec.Formats).InitialTrust;
            for (int x = w.Bodies.MemberStart[b]; x < w.Bodies.MemberStart[b + 1]; x++)
                for (int y = w.Bodies.MemberStart[b]; y < w.Bodies.MemberStart[b + 1]; y++)
                {
                    if (x == y) continue;
                    var key = (w.Members.Region[x], w.Members.Region[y]);
                    pairs.Add(key);
                    bodyTrust[key] = Math.Max(bodyTrust.GetValueOrDefault(key), initial);
                }
        }
        var explicitTrust = new Dictionary<(int, int), double>();
        foreach (var t in spec.Trust)
        {
            var key = (regionIndex[t.From!], regionIndex[t.To!]);
            pairs.Add(key);
            explicitTrust[key] = t.Value!.Value;
        }
        return TrustNetwork.Build(spec.Regions.Count, pairs,
            (f, t) => explicitTrust.TryGetValue((f, t), out var v) ? v : bodyTrust.GetValueOrDefault((f, t), 0.5), spec.Parameters.TrustPriorStrength);
    }

    [Fact]
    public void TheTrustNetworkIsBuiltAsBefore()
    {
        var specs = new List<ScenarioSpec> { ScenarioGenerator.Generate(new GeneratorOptions { Regions = 3000, Seed = 8 }).Spec, ScenarioGenerator.Indonesia(4).Spec };
        foreach (var file in new[] { "barlingmascakeb.json", "kartamantul.json", "kedungsepur.json", "jabodetabekjur.json" })
            specs.Add(ScenarioLoader.LoadOrThrow(TestScenarios.Shipped(file)));
        // Explicit pairs that repeat a pair (last wins), override a co-member relation, and point at oneself's partner.
        var tweaked = ScenarioGenerator.Generate(new GeneratorOptions { Regions = 600, Seed = 9, MeanDegree = 12 }).Spec;
        var body = tweaked.Bodies[0];
        tweaked.Trust.Add(new TrustSpec { From = body.Members[0].Region, To = body.Members[1].Region, Value = 0.91 });
        tweaked.Trust.Add(new TrustSpec { From = body.Members[0].Region, To = body.Members[1].Region, Value = 0.13 });
        tweaked.Trust.Add(new TrustSpec { From = tweaked.Trust[0].From, To = tweaked.Trust[0].To, Value = 0.77 });
        specs.Add(tweaked);
        foreach (var spec in specs)
        {
            var w = WorldBuilder.Build(spec, 1);
            var expected = ReferenceTrust(spec, w);
            Assert.Equal(expected.RowStart, w.Trust.RowStart);
            Assert.Equal(expected.Target, w.Trust.Target);
            Assert.Equal(expected.Alpha.Select(BitConverter.DoubleToInt64Bits), w.Trust.Alpha.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(expected.Beta.Select(BitConverter.DoubleToInt64Bits), w.Trust.Beta.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void TheTickLoopOfAGeneratedWorldAllocatesNothingInSteadyState()
    {
        var sim = new Simulation(ScenarioGenerator.Generate(new GeneratorOptions { Regions = 3000, Seed = 2 }).Spec, 3);
        for (int t = 0; t < 24; t++) sim.Step(); // warm-up: JIT and first-use paths
        long before = GC.GetAllocatedBytesForCurrentThread();
        while (!sim.Finished) sim.Step();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
