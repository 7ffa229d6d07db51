using System.Text.Json;
using KadSim.Scenario;

namespace KadSim.IO.Scenarios;

/// <summary>
/// Reads a scenario file before it goes into the configuration builder, whose own errors are an
/// InvalidDataException without a position or a path.
/// </summary>
internal static class ScenarioFileCheck
{
    public static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <param name="file">The path as the user gave it; used as the problems' source.</param>
    public static IReadOnlyList<ScenarioProblem> Check(string file)
    {
        if (!File.Exists(file))
            return [new ScenarioProblem("$", "file not found", Path.GetFullPath(file)) { Source = file }];

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new ScenarioProblem("$", "cannot read file: " + e.Message) { Source = file }];
        }

        try
        {
            // Editors on Windows may save a UTF-8 byte order mark, which the reader does not skip on its own.
            var json = bytes.AsMemory();
            if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) json = json[3..];
            using var doc = JsonDocument.Parse(json, Options);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return [new ScenarioProblem("$", $"the file must hold a JSON object {{ ... }}, not {Kind(doc.RootElement.ValueKind)}") { Source = file }];
            var problems = new List<ScenarioProblem>();
            FindDuplicateKeys(doc.RootElement, "$", file, problems);
            return problems;
        }
        catch (JsonException e)
        {
            // JsonException counts lines and bytes from 0; editors count from 1.
            var line = e.LineNumber + 1;
            var column = e.BytePositionInLine + 1;
            return [new ScenarioProblem("$", $"invalid JSON at line {line}, byte {column}: {Reason(e.Message)}") { Source = file }];
        }
    }

    /// <summary>Configuration keys are case-insensitive, so "Name" and "name" in one object collide.</summary>
    private static void FindDuplicateKeys(JsonElement e, string path, string file, List<ScenarioProblem> problems)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in e.EnumerateObject())
            {
                if (!seen.Add(p.Name))
                    problems.Add(new ScenarioProblem($"{path}.{p.Name}", $"key '{p.Name}' appears twice in this object (keys are case-insensitive)") { Source = file });
                FindDuplicateKeys(p.Value, $"{path}.{p.Name}", file, problems);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var item in e.EnumerateArray()) FindDuplicateKeys(item, $"{path}[{i++}]", file, problems);
        }
    }

    private static string Reason(string message)
    {
        // Drop the " LineNumber: 2 | BytePositionInLine: 7." tail: the position is already in our message.
        int i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return i < 0 ? message : message[..i];
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
