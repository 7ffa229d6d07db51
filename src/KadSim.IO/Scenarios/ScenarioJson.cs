using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KadSim.Scenario;

namespace KadSim.IO.Scenarios;

/// <summary>
/// Canonical JSON of a scenario: the fully resolved spec (defaults filled in) in declaration order,
/// camelCase, enums by name, months as "YYYY-MM", nulls omitted, "\n" line ends. Runs record it and its hash.
/// </summary>
public static class ScenarioJson
{
    /// <summary>The serializer options shared with <see cref="ScenarioSchema"/> so the schema describes what we write.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(ScenarioSpec spec) => JsonSerializer.Serialize(spec, Options);

    public static ScenarioSpec Deserialize(string json) =>
        JsonSerializer.Deserialize<ScenarioSpec>(json, Options) ?? throw new JsonException("the JSON is null, not a scenario");

    /// <summary>Lowercase hex SHA-256 of the UTF-8 canonical JSON: equal scenarios hash equal, whatever files they came from.</summary>
    public static string Hash(ScenarioSpec spec) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(spec))));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            // Fixed, so the hash does not depend on the platform.
            NewLine = "\n",
            // Keep names such as "Kabupaten Banyumas – Purbalingga" readable instead of \u2013.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters =
            {
                new JsonStringEnumConverter(allowIntegerValues: false),
                new YearMonthJsonConverter(),
            },
        };
        options.MakeReadOnly();
        return options;
    }
}
