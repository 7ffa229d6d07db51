using KadSim.Engine;
using KadSim.Generation;
using KadSim.IO.Scenarios;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Tests.Generation;

public class ScenarioGeneratorTests
{
    private static GeneratedScenario Make(int regions, long seed = 1, double degree = GeneratorOptions.DefaultMeanDegree) =>
        ScenarioGenerator.Generate(new GeneratorOptions { Regions = regions, Seed = seed, MeanDegree = degree });

    [Fact]
    public void SameOptionsGiveTheSameScenarioAndAnotherSeedAnother()
    {
        var a = ScenarioJson.Hash(Make(2000, 5).Spec);
        Assert.Equal(a, ScenarioJson.Hash(Make(2000, 5).Spec));
        Assert.NotEqual(a, ScenarioJson.Hash(Make(2000, 6).Spec));
        Assert.Equal(ScenarioJson.Hash(ScenarioGenerator.Indonesia(3).Spec), ScenarioJson.Hash(ScenarioGenerator.Indonesia(3).Spec));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(4321)]
    [InlineData(20000)]
    public void HasTheRequestedSizeWithUniqueIdsAndProvinces(int n)
    {
        var g = Make(n);
        var s = g.Spec;
        Assert.Equal(n, s.Regions.Count);
        Assert.Equal((int)Math.Round(n / 13.5), s.Provinces.Count);
        Assert.Equal(n, s.Regions.Select(r => r.Id).Distinct().Count());
        var provinces = s.Provinces.Select(p => p.Id).ToHashSet();
        Assert.All(s.Regions, r => Assert.Contains(r.Province, provinces));
        // Every province has regions; bodies cover most regions.
        Assert.Equal(s.Provinces.Count, s.Regions.Select(r => r.Province).Distinct().Count());
        Assert.InRange(g.RegionsInNoBody, 1, n / 5);
        Assert.InRange(s.Bodies.Count, n / 6, n / 3);
        Assert.Equal(g.Memberships, s.Bodies.Sum(b => b.Members.Count));
    }

    [Theory]
    [InlineData(1000, 10)]
    [InlineData(3000, 10)]
    [InlineData(3000, 6)]
    [InlineData(3000, 20)]
    [InlineData(20000, 10)]
    public void TrustDegreeIsWithinTwoPercentOfTheTargetAndTheWorldHasExactlyThoseEdges(int n, double degree)
    {
        var g = Make(n, degree: degree);
        Assert.InRange(g.MeanDegree, degree * 0.98, degree * 1.02);
        // Explicit pairs never repeat a pair or duplicate a co-member relation, so the world has exactly these edges.
        var world = WorldBuilder.BuildUnchecked(g.Spec, 1);
        Assert.Equal(g.TrustEdges, world.Trust.Edges);
        Assert.Equal(g.ExplicitEdges, g.Spec.Trust.Count);
        // Relations are symmetric: i trusts j exactly when j trusts i.
        for (int i = 0; i < n; i++)
            for (int e = world.Trust.RowStart[i]; e < world.Trust.RowStart[i + 1]; e++)
                Assert.True(world.Trust.Find(world.Trust.Target[e], i) >= 0);
    }

    [Fact]
    public void ADegreeBelowTheCoMemberDegreeAddsNoExplicitPairs()
    {
        var g = Make(2000, degree: 1);
        Assert.Empty(g.Spec.Trust);
        Assert.Equal(g.CoMemberEdges, g.TrustEdges);
    }

    [Theory]
    [InlineData(1000, 1)]
    [InlineData(5000, 2)]
    [InlineData(514, 3)]
    public void BodiesHaveTwoToEightDistinctMembersThatAreConnectedNeighbours(int n, long seed)
    {
        var s = Make(n, seed).Spec;
        var lattice = new HilbertLattice(n);
        var index = new Dictionary<string, int>();
        for (int i = 0; i < n; i++) index[s.Regions[i].Id!] = i;
        foreach (var body in s.Bodies)
        {
            var members = body.Members.Select(m => index[m.Region!]).ToArray();
            Assert.InRange(members.Length, ScenarioGenerator.MinMembers, ScenarioGenerator.MaxMembers);
            Assert.Equal(members.Length, members.Distinct().Count());
            // Connected through borders: every member reaches every other by a chain of bordering members.
            var reached = new HashSet<int> { members[0] };
            var queue = new Queue<int>([members[0]]);
            while (queue.TryDequeue(out var x))
                foreach (var y in members)
                    if (!reached.Contains(y) && lattice.Borders(x, y)) { reached.Add(y); queue.Enqueue(y); }
            Assert.True(reached.Count == members.Length, $"{body.Id}: members {string.Join(",", members)} are not all connected by borders");
            Assert.All(members, x => Assert.Contains(members, y => lattice.Borders(x, y)));
        }
        // Province-led programmes stay inside their province.
        var provinceOf = s.Regions.ToDictionary(r => r.Id!, r => r.Province);
        Assert.All(s.Bodies.Where(b => b.Format == CooperationFormat.ProvinceLed),
            b => Assert.Single(b.Members.Select(m => provinceOf[m.Region!]).Distinct()));
    }

    [Fact]
    public void HasARealisticMixOfFormatsAndFunding()
    {
        var s = Make(20000).Spec;
        var byFormat = s.Bodies.GroupBy(b => b.Format).ToDictionary(g => g.Key, g => g.Count());
        foreach (var f in new[] { CooperationFormat.Caucus, CooperationFormat.Bkad, CooperationFormat.Sekber, CooperationFormat.RegionalManagement, CooperationFormat.ProvinceLed })
            Assert.True(byFormat.GetValueOrDefault(f) > 0, $"no {f} body");
        double common = (byFormat[CooperationFormat.Caucus] + byFormat[CooperationFormat.Bkad] + byFormat[CooperationFormat.Sekber]) / (double)s.Bodies.Count;
        Assert.InRange(common, 0.7, 0.85);
        Assert.InRange(byFormat[CooperationFormat.RegionalManagement] / (double)s.Bodies.Count, 0.05, 0.15);
        Assert.InRange(byFormat[CooperationFormat.ProvinceLed] / (double)s.Bodies.Count, 0.05, 0.15);
        // Most bodies charge dues; caucuses and province-led programmes mostly live on province grants; a few donors.
        Assert.InRange(s.Bodies.Count(b => b.Dues.Count > 0) / (double)s.Bodies.Count, 0.5, 0.8);
        Assert.DoesNotContain(s.Bodies, b => b.Format == CooperationFormat.ProvinceLed && b.Dues.Count > 0);
        var granted = s.Provinces.SelectMany(p => p.Grants).Select(g => g.Body).ToHashSet();
        Assert.All(s.Bodies.Where(b => b.Format == CooperationFormat.ProvinceLed), b => Assert.Contains(b.Id, granted));
        Assert.InRange(granted.Count / (double)s.Bodies.Count, 0.25, 0.5);
        Assert.InRange(s.Donors.Sum(d => d.Grants.Count) / (double)s.Bodies.Count, 0.03, 0.1);
        Assert.Contains(s.Bodies, b => b.Programmes.Any(p => p.Type == ProgrammeType.Auction));
        Assert.Contains(s.Bodies, b => b.Programmes.Any(p => p.Type == ProgrammeType.JointService));
        Assert.Contains(s.Events, e => e.Type == RuleEventType.CloseChannel && e.Channel == BudgetChannel.Hibah);
    }

    [Fact]
    public void TheIndonesiaPresetHas514RegionsIn38ProvincesWithTheRealCounts()
    {
        var s = ScenarioGenerator.Indonesia().Spec;
        Assert.Equal(514, s.Regions.Count);
        Assert.Equal(38, s.Provinces.Count);
        Assert.Equal(416, s.Regions.Count(r => r.Kind == RegionKind.Kabupaten));
        Assert.Equal(98, s.Regions.Count(r => r.Kind == RegionKind.Kota));
        foreach (var p in IndonesiaPreset.Provinces)
        {
            var regions = s.Regions.Where(r => r.Province == p.Id).ToList();
            Assert.Equal(p.Kabupaten, regions.Count(r => r.Kind == RegionKind.Kabupaten));
            Assert.Equal(p.Kota, regions.Count(r => r.Kind == RegionKind.Kota));
        }
        Assert.Equal(["jawa-tengah", "Jawa Tengah"], [s.Provinces[12].Id!, s.Provinces[12].Name!]);
        Assert.Equal(35, s.Regions.Count(r => r.Province == "jawa-tengah"));
        Assert.Empty(ScenarioValidator.Validate(s));
    }

    [Fact]
    public void GeneratedScenariosValidateAndRunToTheEnd()
    {
        foreach (var g in new[] { Make(1000, 9), ScenarioGenerator.Indonesia(2) })
        {
            Assert.Empty(ScenarioValidator.Validate(g.Spec));
            var sim = new Simulation(g.Spec, 4);
            var summary = sim.RunToEnd();
            Assert.Equal(240, summary.Ticks);
            Assert.Equal(g.Spec.Bodies.Count, summary.Bodies.Count);
            Assert.Contains(summary.Bodies, b => b.MonthsActive > 0);
            Assert.Contains(summary.Bodies, b => b.DuesCollected > 0);
        }
    }

    [Fact]
    public void BadOptionsAreRejected()
    {
        Assert.NotEmpty(new GeneratorOptions { Regions = 1 }.Check());
        Assert.NotEmpty(new GeneratorOptions { MeanDegree = -1 }.Check());
        Assert.NotEmpty(new GeneratorOptions { MeanDegree = double.NaN }.Check());
        Assert.NotEmpty(new GeneratorOptions { Indonesia = true, Regions = 600 }.Check());
        Assert.NotEmpty(new GeneratorOptions { Provinces = 0 }.Check());
        Assert.NotEmpty(new GeneratorOptions { Start = new(2020, 1), End = new(2019, 1) }.Check());
        Assert.Empty(IndonesiaPreset.Options().Check());
        Assert.Throws<ArgumentException>(() => ScenarioGenerator.Generate(new GeneratorOptions { Regions = 0 }));
    }

    [Fact]
    public void ALatticeNeighbourhoodIsTheCellsAroundARegion()
    {
        var lattice = new HilbertLattice(1000);
        Assert.Equal(32, lattice.Side);
        // Consecutive cells of the Hilbert curve touch, so consecutive regions border.
        for (int i = 1; i < 1000; i++) Assert.True(lattice.Borders(i - 1, i));
        var ring = new List<int>();
        for (int i = 0; i < 1000; i += 37)
        {
            ring.Clear();
            lattice.Ring(i, 1, ring);
            Assert.InRange(ring.Count, 2, 8);
            Assert.All(ring, j => Assert.True(lattice.Borders(i, j)));
            ring.Clear();
            lattice.Ring(i, 2, ring);
            Assert.All(ring, j => Assert.Equal(2, Math.Max(Math.Abs(lattice.X(i) - lattice.X(j)), Math.Abs(lattice.Y(i) - lattice.Y(j)))));
        }
    }
}
