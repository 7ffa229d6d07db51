using System.Globalization;
using System.Text.Json;
using KadSim.Scenario;

namespace KadSim.IO.Scenarios;

/// <summary>
/// Reads a scenario file before it goes into the configuration builder, whose own errors are an
/// InvalidDataException without a position or a path. Also enforces the input limits
/// (<see cref="InputLimits"/>: file size, nesting depth, array length, key names) and, given
/// <see cref="ArrayLimits"/>, the size limits of particular arrays — before anything is bound, so an
/// absurd file is refused without allocating in proportion to it.
/// </summary>
internal static class ScenarioFileCheck
{
    public static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = InputLimits.MaxJsonDepth,
    };

    /// <summary>Most items of particular arrays of a file, by JSON path with <c>[*]</c> for any index, and the name of each limit.</summary>
    public sealed record ArrayLimit(int Max, string Limit);

    /// <summary>The arrays of a scenario (or overlay) file with limits of their own (<see cref="ScenarioValidator"/>).</summary>
    public static readonly IReadOnlyDictionary<string, ArrayLimit> ScenarioArrays = new Dictionary<string, ArrayLimit>(StringComparer.OrdinalIgnoreCase)
    {
        ["$.regions"] = new(ScenarioValidator.MaxRegions, "ScenarioValidator.MaxRegions"),
        ["$.bodies"] = new(ScenarioValidator.MaxBodies, "ScenarioValidator.MaxBodies"),
        ["$.bodies[*].members"] = new(ScenarioValidator.MaxMembersPerBody, "ScenarioValidator.MaxMembersPerBody"),
    };

    /// <param name="file">The path as the user gave it; used as the problems' source.</param>
    /// <param name="arrays">Limits on particular arrays (e.g. <see cref="ScenarioArrays"/>), checked besides <see cref="InputLimits.MaxArrayItems"/>.</param>
    public static IReadOnlyList<ScenarioProblem> Check(string file, IReadOnlyDictionary<string, ArrayLimit>? arrays = null) =>
        Check(file, arrays, out _);

    /// <param name="json">The file's JSON (without a byte order mark), to bind without reading the file again; empty if there are problems.</param>
    public static IReadOnlyList<ScenarioProblem> Check(string file, IReadOnlyDictionary<string, ArrayLimit>? arrays, out ReadOnlyMemory<byte> json)
    {
        var problems = CheckBytes(file, arrays, out json);
        if (problems.Count > 0) json = default;
        return problems;
    }

    private static IReadOnlyList<ScenarioProblem> CheckBytes(string file, IReadOnlyDictionary<string, ArrayLimit>? arrays, out ReadOnlyMemory<byte> json)
    {
        json = default;
        var bytes = InputFile.TryRead(file, out var error);
        if (bytes is null)
        {
            var value = error == "file not found" ? InputFile.FullPathOrSelf(file) : null;
            return [new ScenarioProblem("$", error!, value) { Source = file }];
        }

        try
        {
            // Editors on Windows may save a UTF-8 byte order mark, which the reader does not skip on its own.
            json = bytes.AsMemory();
            if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) json = json[3..];
            // The reader checks UTF-8 only in the values it decodes, and throws a bare exception for a bad key.
            if (!System.Text.Unicode.Utf8.IsValid(json.Span))
                return [new ScenarioProblem("$", $"the file is not valid UTF-8 (at byte {InvalidUtf8At(json.Span) + 1}); save it as UTF-8") { Source = file }];
            // Count the values with the streaming reader first: a document's size in memory grows with them.
            long values = CountValues(json.Span);
            if (values > InputLimits.MaxJsonValues)
                return [new ScenarioProblem("$", $"{values:N0} JSON values, over the limit of {InputLimits.MaxJsonValues:N0} per file (InputLimits.MaxJsonValues)") { Source = file }];
            using var doc = JsonDocument.Parse(json, Options);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return [new ScenarioProblem("$", $"the file must hold a JSON object {{ ... }}, not {Kind(doc.RootElement.ValueKind)}") { Source = file }];
            var problems = new List<ScenarioProblem>();
            Walk(doc.RootElement, "$", "$", file, arrays, problems);
            return problems;
        }
        catch (JsonException e)
        {
            // JsonException counts lines and bytes from 0; editors count from 1.
            var line = e.LineNumber + 1;
            var column = e.BytePositionInLine + 1;
            var reason = Reason(e.Message);
            if (reason.Contains("maximum configured depth", StringComparison.Ordinal))
                reason = $"nested deeper than the limit of {InputLimits.MaxJsonDepth} levels (InputLimits.MaxJsonDepth)";
            return [new ScenarioProblem("$", $"invalid JSON at line {line}, byte {column}: {reason}") { Source = file }];
        }
        catch (ArgumentException e)
        {
            // Invalid UTF-8 in the file.
            return [new ScenarioProblem("$", "invalid JSON: " + e.Message) { Source = file }];
        }
    }

    /// <summary>
    /// Duplicate keys (configuration keys are case-insensitive, so "Name" and "name" in one object collide), keys the
    /// configuration system would misread (empty, or holding its ':' separator), and arrays over their limits.
    /// </summary>
    private static void Walk(JsonElement e, string path, string pattern, string file, IReadOnlyDictionary<string, ArrayLimit>? arrays, List<ScenarioProblem> problems)
    {
        if (problems.Count >= 100) return; // enough to act on
        if (e.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in e.EnumerateObject())
            {
                var name = p.Name;
                var shown = name.Length > 40 ? name[..40] + "…" : name;
                var childPath = $"{path}.{shown}";
                if (name.Trim().Length == 0)
                {
                    problems.Add(new ScenarioProblem(childPath, "empty key", "\"" + name + "\"", "a key name") { Source = file });
                    continue;
                }
                if (name.Length > InputLimits.MaxKeyLength)
                {
                    problems.Add(new ScenarioProblem(childPath, $"key longer than the limit of {InputLimits.MaxKeyLength} characters (InputLimits.MaxKeyLength)", null, "a key name") { Source = file });
                    continue;
                }
                if (name.Contains(':'))
                {
                    problems.Add(new ScenarioProblem(childPath, $"key '{shown}' contains ':', which separates keys; nest objects instead", "\"" + shown + "\"", "a key name without ':'") { Source = file });
                    continue;
                }
                if (!seen.Add(name))
                    problems.Add(new ScenarioProblem(childPath, $"key '{name}' appears twice in this object (keys are case-insensitive)") { Source = file });
                Walk(p.Value, childPath, $"{pattern}.{name}", file, arrays, problems);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            int n = e.GetArrayLength();
            if (n > InputLimits.MaxArrayItems)
            {
                problems.Add(new ScenarioProblem(path, $"{n.ToString("N0", CultureInfo.InvariantCulture)} items, over the limit of {InputLimits.MaxArrayItems.ToString("N0", CultureInfo.InvariantCulture)} items per array (InputLimits.MaxArrayItems)",
                    null, $"at most {InputLimits.MaxArrayItems.ToString("N0", CultureInfo.InvariantCulture)} items") { Source = file });
                return;
            }
            if (arrays is not null && arrays.TryGetValue(pattern, out var limit) && n > limit.Max)
            {
                problems.Add(new ScenarioProblem(path, $"{n.ToString("N0", CultureInfo.InvariantCulture)} items, over the limit of {limit.Max.ToString("N0", CultureInfo.InvariantCulture)} ({limit.Limit})",
                    null, $"at most {limit.Max.ToString("N0", CultureInfo.InvariantCulture)} items") { Source = file });
                return;
            }
            int i = 0;
            foreach (var item in e.EnumerateArray()) Walk(item, $"{path}[{i++}]", pattern + "[*]", file, arrays, problems);
        }
    }

    /// <summary>Values (scalars, objects and arrays) in the document; stops counting past the limit. Syntax errors are left to the parser.</summary>
    private static long CountValues(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = InputLimits.MaxJsonDepth });
        long n = 0;
        try
        {
            while (reader.Read() && n <= InputLimits.MaxJsonValues)
                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.Comment)) n++;
        }
        catch (JsonException)
        {
            // The parser reports it, with its position.
        }
        return n;
    }

    private static int InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        try
        {
            new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return 0;
        }
        catch (System.Text.DecoderFallbackException e)
        {
            return Math.Max(0, e.Index);
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
