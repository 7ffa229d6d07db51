using KadSim.IO.Scenarios;

namespace KadSim.Tests.Scenarios;

/// <summary>Each bad file in BadFiles/ must give a problem at the right JSON path, naming the file, in words a user can act on.</summary>
public sealed class BadScenarioFileTests
{
    [Theory]
    [InlineData("broken-json.json", "$", "invalid JSON at line 7", "invalid start of a value")]
    [InlineData("unknown-top-level-key.json", "$.regoins", "unknown key 'regoins'", "did you mean 'regions'?", "allowed: name, description")]
    [InlineData("unknown-nested-key.json", "$.bodies[0].members[1].foundr", "unknown key 'foundr'", "did you mean 'founder'?")]
    [InlineData("number-as-text.json", "$.regions[0].apbd", "expected a number", "got lots", "a number between 0 and 1E+16")]
    [InlineData("commitment-out-of-range.json", "$.regions[1].commitment", "out of range", "got 1.5", "a number between 0 and 1")]
    [InlineData("nan-string.json", "$.regions[0].commitment", "expected a finite number", "got NaN", "between 0 and 1")]
    [InlineData("bad-enum.json", "$.bodies[0].format", "unknown cooperation format", "got Forum", "allowed: None, Caucus, Bkad, Sekber, RegionalManagement, ProvinceLed")]
    [InlineData("bad-date.json", "$.start", "expected a month as YYYY-MM", "got 2003-13")]
    [InlineData("end-before-start.json", "$.end", "end is before start 2003-01", "got 2002-12")]
    [InlineData("duplicate-region-id.json", "$.regions[2].id", "duplicate id 'banyumas'")]
    [InlineData("dangling-member.json", "$.bodies[0].members[0].region", "unknown region 'banyumass'", "did you mean 'banyumas'?")]
    [InlineData("one-member-body.json", "$.bodies[0].members", "at least two members")]
    [InlineData("object-for-array.json", "$.bodies[0].members", "expected an array, got an object")]
    [InlineData("dues-out-of-order.json", "$.bodies[0].dues[1].from", "increasing years", "previous step is 2003")]
    [InlineData("grant-end-before-start.json", "$.donors[0].grants[0].end", "grant ends before it starts (2005-01)", "got 2004-12")]
    [InlineData("missing-name.json", "$.name", "missing required 'name'")]
    [InlineData("value-for-object.json", "$.parameters", "expected an object, got a value", "got 5", "quorumShare")]
    [InlineData("object-for-value.json", "$.seed", "expected a whole number, got an object", "a whole number ≥ 0")]
    [InlineData("enum-as-number.json", "$.bodies[0].members[0].channel", "expected a name, not a number", "allowed: Hibah, SocialAid, SkpdProgramme")]
    [InlineData("fractional-int.json", "$.bodies[0].dues[1].from", "expected a whole number", "got 2008.5", "between 1900 and 2200")]
    [InlineData("bad-bool.json", "$.bodies[0].members[1].founder", "expected true or false", "got yes")]
    [InlineData("null-required.json", "$.bodies[0].founded", "missing required 'founded'", "YYYY-MM")]
    [InlineData("duplicate-key.json", "$.Seed", "appears twice")]
    [InlineData("not-an-object.json", "$", "must hold a JSON object", "not an array")]
    public void BadFileGivesProblemAtPathNamingTheFile(string file, string path, params string[] fragments)
    {
        var fullPath = ScenarioTestFiles.BadFile(file);

        var result = ScenarioLoader.Load(fullPath);

        Assert.False(result.Ok);
        Assert.Null(result.Spec);
        var atPath = result.Problems.Where(p => p.Path == path).ToList();
        Assert.True(atPath.Count > 0, $"no problem at {path}; got:\n{string.Join("\n", result.Problems)}");
        var match = atPath.FirstOrDefault(p => fragments.All(f => p.ToString().Contains(f, StringComparison.Ordinal)));
        Assert.True(match is not null, $"no problem at {path} mentions all of [{string.Join(" | ", fragments)}]; got:\n{string.Join("\n", result.Problems)}");
        Assert.Equal(fullPath, match.Source);
        Assert.StartsWith(fullPath + ": " + path + ": ", match.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBadFileIsCovered()
    {
        var covered = typeof(BadScenarioFileTests).GetMethod(nameof(BadFileGivesProblemAtPathNamingTheFile))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0])
            .ToHashSet();
        var uncovered = Directory.GetFiles(ScenarioTestFiles.BadFiles, "*.json")
            .Select(Path.GetFileName)
            .Where(f => f is not ("valid-minimal.json" or "several-problems.json") && !covered.Contains(f!))
            .ToList();
        Assert.True(uncovered.Count == 0, "bad files without an expectation: " + string.Join(", ", uncovered));
    }

    [Fact]
    public void SeveralProblemsAreReportedTogether()
    {
        var result = ScenarioLoader.Load(ScenarioTestFiles.BadFile("several-problems.json"));

        var paths = result.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.bodies[0].format", paths);
        Assert.Contains("$.regions[1].commitment", paths);
        Assert.Contains("$.bodies[0].members[1].foundr", paths);
        Assert.Equal(3, result.Problems.Count);
    }

    [Fact]
    public void MissingFileIsReportedNotThrown()
    {
        var missing = Path.Combine(ScenarioTestFiles.BadFiles, "no-such-scenario.json");

        var result = ScenarioLoader.Load(missing);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(missing, problem.Source);
        Assert.Contains("file not found", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrThrowCarriesEveryProblem()
    {
        var e = Assert.Throws<KadSim.Scenario.ScenarioException>(() =>
            ScenarioLoader.LoadOrThrow(ScenarioTestFiles.BadFile("several-problems.json")));

        Assert.Equal(3, e.Problems.Count);
        Assert.Contains("several-problems.json", e.Message, StringComparison.Ordinal);
    }
}
