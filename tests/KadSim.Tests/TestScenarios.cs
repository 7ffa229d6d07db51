using KadSim.Scenario;
using KadSim.Time;

namespace KadSim.Tests;

/// <summary>Small scenarios built in code, for unit tests of single processes.</summary>
internal static class TestScenarios
{
    public static ScenarioSpec Simple(int members = 3, double commitment = 0.7, CooperationFormat format = CooperationFormat.Sekber,
        string start = "2003-01", string end = "2012-12")
    {
        var spec = new ScenarioSpec
        {
            Name = "test",
            Start = YearMonth.Parse(start),
            End = YearMonth.Parse(end),
            Seed = 7,
        };
        for (int i = 0; i < members; i++)
            spec.Regions.Add(new RegionSpec { Id = $"r{i}", Apbd = 1e12, Commitment = commitment, SocialCapital = 0.5 });
        var body = new BodySpec
        {
            Id = "body",
            Format = format,
            Founded = YearMonth.Parse(start),
            Dues = [new DuesStepSpec { From = 1900, Amount = 100e6 }],
            OperatingCostPerMonth = 10e6,
        };
        for (int i = 0; i < members; i++) body.Members.Add(new MemberSpec { Region = $"r{i}" });
        spec.Bodies.Add(body);
        return spec;
    }

    /// <summary>The repository's root folder (where KadSim.sln is).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KadSim.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("KadSim.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Shipped(string name) => Path.Combine(RepoRoot, "scenarios", name);
}
