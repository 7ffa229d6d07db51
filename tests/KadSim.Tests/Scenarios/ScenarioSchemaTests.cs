using System.Text.Json.Nodes;
using KadSim.IO.Scenarios;

namespace KadSim.Tests.Scenarios;

public sealed class ScenarioSchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(ScenarioSchema.Generate())!;

    [Fact]
    public void ShippedSchemaIsUpToDate()
    {
        var shipped = Path.Combine(ScenarioTestFiles.RepoRoot, "scenarios", "kadsim.schema.json");
        var expected = Normalize(ScenarioSchema.Generate());
        var actual = File.Exists(shipped) ? Normalize(File.ReadAllText(shipped)) : "";

        Assert.True(expected == actual,
            "scenarios/kadsim.schema.json is out of date with the spec classes. Regenerate it with " +
            "`kadsim schema > scenarios/kadsim.schema.json` and commit it.");
    }

    [Fact]
    public void RootNamesTheDraftAndAllowsSchemaKey()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.Equal("KadSim scenario", (string?)Schema["title"]);
        Assert.Equal("object", (string?)Schema["type"]);
        Assert.Equal("string", (string?)Schema["properties"]!["$schema"]!["type"]);
        Assert.False((bool)Schema["additionalProperties"]!);
        var required = Schema["required"]!.AsArray().Select(n => (string?)n).ToList();
        Assert.Equal(["name", "start", "end", "regions", "bodies"], required);
    }

    [Fact]
    public void PropertiesCarryDescriptionsRangesAndMonthPatterns()
    {
        var region = Schema["properties"]!["regions"]!["items"]!;
        var commitment = region["properties"]!["commitment"]!;
        Assert.Equal("number", (string?)commitment["type"]);
        Assert.Equal(0, (double)commitment["minimum"]!);
        Assert.Equal(1, (double)commitment["maximum"]!);
        Assert.Contains("commitment", (string?)commitment["description"], StringComparison.OrdinalIgnoreCase);
        Assert.False((bool)region["additionalProperties"]!);
        Assert.Equal(["id"], region["required"]!.AsArray().Select(n => (string?)n));

        var start = Schema["properties"]!["start"]!;
        Assert.Equal("string", (string?)start["type"]); // required: no null
        Assert.Equal(ScenarioSchema.MonthPattern, (string?)start["pattern"]);

        var format = Schema["properties"]!["bodies"]!["items"]!["properties"]!["format"]!;
        Assert.Contains("RegionalManagement", format["enum"]!.AsArray().Select(n => (string?)n));
    }

    [Theory]
    [InlineData("2005-06", true)]
    [InlineData("2005-06-30", true)]
    [InlineData("2005-13", false)]
    [InlineData("2005-6", false)]
    public void MonthPatternMatchesWhatTheLoaderReads(string text, bool ok) =>
        Assert.Equal(ok, System.Text.RegularExpressions.Regex.IsMatch(text, ScenarioSchema.MonthPattern));

    private static string Normalize(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
