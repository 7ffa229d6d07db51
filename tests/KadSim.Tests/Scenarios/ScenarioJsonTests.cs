using System.Text.Json;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.Tests.Scenarios;

public sealed class ScenarioJsonTests
{
    [Fact]
    public void LoadSerializeLoadRoundTrips()
    {
        var spec = ScenarioLoader.LoadOrThrow(ScenarioTestFiles.ValidMinimal);
        var json = ScenarioJson.Serialize(spec);
        using var tmp = new TempDir();
        var file = tmp.Write("canonical.json", json);

        var again = ScenarioLoader.Load(file);

        Assert.True(again.Ok, string.Join("\n", again.Problems));
        Assert.Equal(json, ScenarioJson.Serialize(again.Spec!));
        Assert.Equal(ScenarioJson.Hash(spec), ScenarioJson.Hash(again.Spec!));
    }

    [Fact]
    public void DeserializeRoundTrips()
    {
        var spec = ScenarioLoader.LoadOrThrow(ScenarioTestFiles.ValidMinimal);
        var json = ScenarioJson.Serialize(spec);

        Assert.Equal(json, ScenarioJson.Serialize(ScenarioJson.Deserialize(json)));
    }

    [Fact]
    public void CanonicalFormIsCamelCaseWithNamedEnumsMonthsAndNoNulls()
    {
        var spec = ScenarioLoader.LoadOrThrow(ScenarioTestFiles.ValidMinimal);
        var json = ScenarioJson.Serialize(spec);
        using var doc = JsonDocument.Parse(json);
        var body = doc.RootElement.GetProperty("bodies")[0];

        Assert.Equal("Sekber", body.GetProperty("format").GetString());
        Assert.Equal("2003-06", body.GetProperty("founded").GetString());
        Assert.Equal("SwitchChannel", body.GetProperty("members")[2].GetProperty("banResponse").GetString());
        Assert.False(body.TryGetProperty("management", out _)); // null: omitted
        Assert.True(doc.RootElement.GetProperty("parameters").TryGetProperty("quorumShare", out _)); // defaults are written
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void HashIsLowercaseSha256AndChangesWithTheScenario()
    {
        var spec = ScenarioLoader.LoadOrThrow(ScenarioTestFiles.ValidMinimal);
        var hash = ScenarioJson.Hash(spec);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        spec.Regions[0].Commitment = 0.71;
        Assert.NotEqual(hash, ScenarioJson.Hash(spec));
    }

    [Fact]
    public void DefaultSpecSerializes()
    {
        var json = ScenarioJson.Serialize(new ScenarioSpec());

        Assert.Contains("\"seed\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"firstDirectElection\": \"2005-06\"", json, StringComparison.Ordinal);
    }
}
