using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KadSim.Notebooks;

/// <summary>JSON as Jupyter writes notebooks: one-space indentation, "\n" line ends, non-ASCII kept, a final newline.</summary>
internal static class NotebookJson
{
    public static string Serialize(JsonNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 1,
            IndentCharacter = ' ',
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            node.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A cell's text as Jupyter stores it: one string per line, each but the last ending in "\n".</summary>
    public static JsonArray SourceLines(IReadOnlyList<string> lines)
    {
        var array = new JsonArray();
        for (int k = 0; k < lines.Count; k++) array.Add(k < lines.Count - 1 ? lines[k] + "\n" : lines[k]);
        return array;
    }

    /// <summary>A cell's source (a string or an array of strings) as lines.</summary>
    public static List<string> ReadSource(JsonNode? source)
    {
        string text = source switch
        {
            null => "",
            JsonArray a => string.Concat(a.Select(x => (string?)x)),
            _ => (string?)source ?? "",
        };
        return [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];
    }
}
