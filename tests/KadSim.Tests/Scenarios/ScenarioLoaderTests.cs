using KadSim.IO.Scenarios;
using KadSim.Scenario;
using KadSim.Time;

namespace KadSim.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private static readonly string Valid = ScenarioTestFiles.ValidMinimal;

    [Fact]
    public void ValidMinimalLoadsWithDefaultsForKeysNotGiven()
    {
        var result = ScenarioLoader.Load(Valid);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var s = result.Spec!;
        Assert.Equal("minimal", s.Name);
        Assert.Equal(new YearMonth(2003, 1), s.Start);
        Assert.Equal(42, s.Seed);
        Assert.Equal(["banyumas", "purbalingga", "cilacap"], s.Regions.Select(r => r.Id));
        Assert.Equal(1.2e12, s.Regions[0].Apbd);
        Assert.Equal(0.6, s.Regions[2].Commitment); // default
        var body = Assert.Single(s.Bodies);
        Assert.Equal(CooperationFormat.Sekber, body.Format);
        Assert.Equal(new YearMonth(2003, 6), body.Founded);
        Assert.Equal([2003, 2008], body.Dues.Select(d => d.From!.Value));
        Assert.Equal(1.5e8, body.Dues[1].Amount);
        Assert.True(body.Members[1].Founder);
        Assert.Equal(BanResponse.SwitchChannel, body.Members[2].BanResponse);
        var ev = Assert.Single(s.Events);
        Assert.Equal(RuleEventType.CloseChannel, ev.Type);
        Assert.Equal(BudgetChannel.Hibah, ev.Channel);
        Assert.Equal(new ModelParameters().QuorumShare, s.Parameters.QuorumShare);
        Assert.Equal(new YearMonth(2005, 6), s.Elections.FirstDirectElection);
        Assert.Equal([Valid], result.Files);
        Assert.Empty(result.Overrides);
    }

    [Fact]
    public void OverlayChangesOneValueAndKeepsTheRest()
    {
        using var tmp = new TempDir();
        var overlay = tmp.Write("overlay.json", """
            // later layers win, key by key
            { "regions": [ {}, { "commitment": 0.3 } ], "parameters": { "quorumShare": 0.75 } }
            """);

        var result = ScenarioLoader.Load(Valid, [overlay]);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var s = result.Spec!;
        Assert.Equal(0.3, s.Regions[1].Commitment);
        Assert.Equal("purbalingga", s.Regions[1].Id);
        Assert.Equal(0.7, s.Regions[0].Commitment);
        Assert.Equal(3, s.Regions.Count);
        Assert.Equal(0.75, s.Parameters.QuorumShare);
        Assert.Equal(new ModelParameters().AttendanceMax, s.Parameters.AttendanceMax);
        Assert.Equal([Valid, overlay], result.Files);
    }

    [Fact]
    public void SetOverridesWinOverOverlaysAndAreCaseInsensitive()
    {
        using var tmp = new TempDir();
        var overlay = tmp.Write("overlay.json", """{ "regions": [ {}, { "commitment": 0.3 } ] }""");

        var result = ScenarioLoader.Load(Valid, [overlay], ["Regions:1:Commitment=0.9", "bodies:0:dues:1:amount=2e8", "bodies:0:format=regionalmanagement"]);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var s = result.Spec!;
        Assert.Equal(0.9, s.Regions[1].Commitment);
        Assert.Equal(2e8, s.Bodies[0].Dues[1].Amount);
        Assert.Equal(CooperationFormat.RegionalManagement, s.Bodies[0].Format);
        Assert.Equal(3, result.Overrides.Count);
    }

    [Fact]
    public void BadSetValueNamesSetAsSource()
    {
        var result = ScenarioLoader.Load(Valid, sets: ["regions:0:apbd=lots"]);

        var p = Assert.Single(result.Problems);
        Assert.Equal("$.regions[0].apbd", p.Path);
        Assert.Equal("--set", p.Source);
        Assert.Equal("lots", p.Value);
    }

    [Fact]
    public void SetThatBreaksAValidatorRuleNamesSetAsSource()
    {
        var result = ScenarioLoader.Load(Valid, sets: ["bodies:0:members:0:region=banyumass"]);

        var p = Assert.Single(result.Problems);
        Assert.Equal("$.bodies[0].members[0].region", p.Path);
        Assert.Equal("--set", p.Source);
        Assert.Contains("did you mean 'banyumas'?", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedSetsAreAllReported()
    {
        var result = ScenarioLoader.Load(Valid, sets: ["seed", "=5", "regions::id=x", "seed=7"]);

        Assert.Equal(3, result.Problems.Count);
        Assert.All(result.Problems, p =>
        {
            Assert.Equal("--set", p.Source);
            Assert.Contains("Path:To:Key=value", p.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void SetOnAnObjectsOwnKeyIsAProblem()
    {
        var result = ScenarioLoader.Load(Valid, sets: ["regions:0=kendal"]);

        var p = Assert.Single(result.Problems);
        Assert.Equal("$.regions[0]", p.Path);
        Assert.Equal("expected an object, got a value", p.Message);
        Assert.Equal("--set", p.Source);
    }

    [Fact]
    public void SetBeyondTheEndOfAnArrayIsAGap()
    {
        var result = ScenarioLoader.Load(Valid, sets: ["regions:5:id=wonosobo"]);

        var p = Assert.Single(result.Problems);
        Assert.Equal("$.regions", p.Path);
        Assert.Contains("without gaps", p.Message, StringComparison.Ordinal);
        Assert.Equal("--set", p.Source);
    }

    [Fact]
    public void ProblemInOverlayNamesTheOverlay()
    {
        using var tmp = new TempDir();
        var overlay = tmp.Write("overlay.json", """{ "regions": [ {}, {}, { "id": "banyumas" } ], "elections": { "termMonth": 48 } }""");

        var result = ScenarioLoader.Load(Valid, [overlay]);

        var unknown = Assert.Single(result.Problems);
        Assert.Equal("$.elections.termMonth", unknown.Path);
        Assert.Equal(overlay, unknown.Source);
        Assert.Contains("did you mean 'termMonths'?", unknown.Message, StringComparison.Ordinal);

        // Once binding succeeds, validator problems are traced to the overlay too.
        File.WriteAllText(overlay, """{ "regions": [ {}, {}, { "id": "banyumas" } ] }""");
        result = ScenarioLoader.Load(Valid, [overlay]);
        var duplicate = Assert.Single(result.Problems, p => p.Path == "$.regions[2].id");
        Assert.Equal(overlay, duplicate.Source);
        var dangling = Assert.Single(result.Problems, p => p.Path == "$.bodies[0].members[2].region");
        Assert.Equal(Valid, dangling.Source);
    }

    [Fact]
    public void MissingKeyInAnObjectAnOverlayAddsNamesTheOverlay()
    {
        using var tmp = new TempDir();
        var overlay = tmp.Write("overlay.json", """{ "donors": [ { "id": "gtz", "grants": [ { "body": "barlingmas", "start": "2005-01", "total": 1e9 } ] } ] }""");

        var result = ScenarioLoader.Load(Valid, [overlay]);

        var p = Assert.Single(result.Problems);
        Assert.Equal("$.donors[0].grants[0].end", p.Path);
        Assert.Equal(overlay, p.Source);
    }

    [Fact]
    public void MissingOverlayIsReportedWithTheBaseStillChecked()
    {
        var result = ScenarioLoader.Load(ScenarioTestFiles.BadFile("broken-json.json"), ["nowhere/overlay.json"]);

        Assert.Equal(2, result.Problems.Count);
        Assert.Contains(result.Problems, p => p.Source == "nowhere/overlay.json" && p.Message == "file not found");
        Assert.Equal([ScenarioTestFiles.BadFile("broken-json.json"), "nowhere/overlay.json"], result.Files);
    }

    [Fact]
    public void RelativePathsResolveAgainstTheWorkingDirectory()
    {
        // Configuration would resolve a relative path against the app folder; the user means the working directory.
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Valid);

        var result = ScenarioLoader.Load(relative, sets: ["name="]);

        var p = Assert.Single(result.Problems);
        Assert.Equal("$.name", p.Path);
        Assert.Equal("--set", p.Source);
        Assert.Equal([relative], result.Files);
    }

    [Theory]
    [InlineData("$.bodies[0].members[2].region", "bodies:0:members:2:region")]
    [InlineData("$.name", "name")]
    [InlineData("$.regions", "regions")]
    [InlineData("$", "")]
    public void JsonPathsMapToConfigurationKeys(string jsonPath, string key) =>
        Assert.Equal(key, ConfigKeys.FromJsonPath(jsonPath));
}
