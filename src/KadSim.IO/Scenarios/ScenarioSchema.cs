using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using KadSim.Scenario;
using KadSim.Time;

namespace KadSim.IO.Scenarios;

/// <summary>
/// JSON Schema (draft 2020-12) of scenario files, for editor completion and checking. Generated from the
/// spec classes and their attributes so it cannot drift from what the loader accepts.
/// </summary>
public static class ScenarioSchema
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Same shape as YearMonth.TryParse accepts: YYYY-MM, optionally with a day.</summary>
    public const string MonthPattern = @"^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$";

    private static readonly JsonSerializerOptions OutputOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = ScenarioJson.Options.Encoder,
    };

    /// <summary>The schema as indented JSON with "\n" line ends and no trailing newline.</summary>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions { TransformSchemaNode = Transform };
        var body = ScenarioJson.Options.GetJsonSchemaAsNode(typeof(ScenarioSpec), exporter).AsObject();

        // Editors read "$schema" in the file itself to find this schema, so the root must allow it.
        if (body["properties"] is JsonObject props)
            props.Insert(0, "$schema", new JsonObject { ["type"] = "string", ["description"] = "URI or path of this schema (ignored by KadSim)." });

        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "KadSim scenario",
            ["description"] = "A KadSim scenario file: regions, cooperation bodies, funders, rule changes and model parameters. Overlays and --set overrides use the same keys.",
        };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            root[key] = value;
        }
        return root.ToJsonString(OutputOptions);
    }

    private static JsonNode Transform(JsonSchemaExporterContext ctx, JsonNode node)
    {
        var type = ctx.TypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(YearMonth))
        {
            // A custom converter gives the exporter nothing to describe; say what it reads.
            node = new JsonObject
            {
                ["type"] = Nullable.GetUnderlyingType(type) is null ? "string" : new JsonArray("string", "null"),
                ["pattern"] = MonthPattern,
            };
        }
        if (node is not JsonObject obj) return node;

        if (ctx.TypeInfo.Kind == JsonTypeInfoKind.Object && obj.ContainsKey("properties"))
        {
            // Unknown keys are errors for the loader (usually typos), so the schema rejects them too.
            obj["additionalProperties"] = false;
            var required = ctx.TypeInfo.Properties
                .Where(p => Attribute<RequiredAttribute>(p) is not null)
                .Select(p => (JsonNode?)p.Name)
                .ToArray();
            if (required.Length > 0) obj["required"] = new JsonArray(required);
            // The file itself and array items: a null there is a mistake, not "use the defaults".
            if (ctx.PropertyInfo is null) RemoveNull(obj);
        }

        if (ctx.PropertyInfo is { } prop)
        {
            if (Attribute<RangeAttribute>(prop) is { } range)
            {
                obj["minimum"] = Number(range.Minimum);
                obj["maximum"] = Number(range.Maximum);
            }
            // The loader treats null as "not given", which a required key cannot be.
            if (Attribute<RequiredAttribute>(prop) is not null) RemoveNull(obj);
            if (Attribute<DescriptionAttribute>(prop) is { } description)
                obj.Insert(0, "description", description.Description);
        }
        return obj;
    }

    private static void RemoveNull(JsonObject obj)
    {
        if (obj["type"] is JsonArray types)
        {
            var rest = types.Where(t => t?.GetValue<string>() != "null").Select(t => t!.GetValue<string>()).ToList();
            obj["type"] = rest.Count == 1 ? rest[0] : new JsonArray(rest.Select(t => (JsonNode?)t).ToArray());
        }
        if (obj["enum"] is JsonArray values)
        {
            foreach (var n in values.Where(v => v is null).ToList()) values.Remove(n);
        }
    }

    private static JsonNode Number(object bound) => bound switch
    {
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        _ => JsonValue.Create(Convert.ToDouble(bound, CultureInfo.InvariantCulture)),
    };

    private static T? Attribute<T>(JsonPropertyInfo p) where T : Attribute =>
        p.AttributeProvider?.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().FirstOrDefault();
}
