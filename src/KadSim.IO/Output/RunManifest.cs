using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KadSim.IO.Scenarios;
using KadSim.Observation;
using KadSim.Scenario;

namespace KadSim.IO.Output;

/// <summary>
/// <c>manifest.json</c> of a run folder: what produced the tables (tool, version, commit), from what (scenario files,
/// overrides, the effective scenario and its hash, seed, run index), what was written (tables and row counts) and
/// what came of it (the run summary). Written last, so its presence marks a complete run.
/// </summary>
public sealed record RunManifest(
    string Tool,
    string Version,
    string GitCommit,
    DateTime CreatedUtc,
    string ScenarioName,
    string ScenarioHash,
    ulong Seed,
    int Run,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Overrides,
    JsonElement Scenario,
    IReadOnlyList<RunOutput> Outputs,
    RunSummary Summary)
{
    public const string ToolName = "kadsim";

    /// <summary>camelCase, indented, enums as camelCase names, NaN written as "NaN" (a mean over no members).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions();

    /// <summary>Builds the manifest of a finished run; the scenario is embedded as its canonical JSON (<see cref="ScenarioJson"/>).</summary>
    public static RunManifest Create(ScenarioSpec spec, ulong seed, int run, IReadOnlyList<string> files,
        IReadOnlyList<string> overrides, IReadOnlyList<RunOutput> outputs, RunSummary summary, DateTime? createdUtc = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var (version, commit) = ToolVersion();
        JsonElement scenario;
        using (var doc = JsonDocument.Parse(ScenarioJson.Serialize(spec))) scenario = doc.RootElement.Clone();
        return new RunManifest(ToolName, version, commit, (createdUtc ?? DateTime.UtcNow).ToUniversalTime(),
            spec.Name ?? "", ScenarioJson.Hash(spec), seed, run, [.. files], [.. overrides], scenario, [.. outputs], summary);
    }

    /// <summary>Version and commit of this build, from the informational version "version+commit" ("unknown" if absent).</summary>
    public static (string Version, string GitCommit) ToolVersion()
    {
        var info = typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrWhiteSpace(info)) return ("unknown", "unknown");
        int plus = info.IndexOf('+');
        if (plus < 0) return (info, "unknown");
        var commit = info[(plus + 1)..];
        return (info[..plus], commit.Length == 0 ? "unknown" : commit);
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public void WriteTo(Stream stream) => JsonSerializer.Serialize(stream, this, JsonOptions);

    public static RunManifest Parse(string json) =>
        JsonSerializer.Deserialize<RunManifest>(json, JsonOptions) ?? throw new JsonException("the manifest is null");

    public static RunManifest Read(string path) => Parse(File.ReadAllText(path));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropDerivedProperties } },
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary><see cref="RunSummary.Main"/> repeats the first body: leave it out.</summary>
    private static void DropDerivedProperties(JsonTypeInfo info)
    {
        if (info.Type != typeof(RunSummary)) return;
        for (int k = info.Properties.Count - 1; k >= 0; k--)
            if (info.Properties[k].Name == "main") info.Properties.RemoveAt(k);
    }
}
