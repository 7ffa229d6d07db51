using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace KadSim.IO.Scenarios;

/// <summary>
/// One layer of a layered scenario: the flat configuration keys and values of a JSON file (as the configuration
/// system's JSON provider reads it: <c>bodies:0:members:1:region</c>) or of <c>--set</c> overrides.
/// </summary>
internal sealed class ConfigLayer
{
    public ConfigLayer(string label, IDictionary<string, string?> values)
    {
        Label = label;
        Values = values;
        // Every key and every prefix of a key: "does this layer hold the key or something under it" in O(1).
        Held = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in values.Keys)
        {
            Held.Add(key);
            for (int i = key.IndexOf(':'); i >= 0; i = key.IndexOf(':', i + 1)) Held.Add(key[..i]);
        }
    }

    /// <summary>The file as the user named it, or "--set".</summary>
    public string Label { get; }

    public IDictionary<string, string?> Values { get; }

    public HashSet<string> Held { get; }

    /// <summary>Reads JSON (already checked by <see cref="ScenarioFileCheck"/>) exactly as <c>AddJsonFile</c> would.</summary>
    public static ConfigLayer FromJson(string label, ReadOnlyMemory<byte> json)
    {
        var provider = new JsonLayer();
        using (var stream = new MemoryStream(json.ToArray(), writable: false)) provider.Load(stream);
        return new ConfigLayer(label, provider.Values);
    }

    /// <summary>Exposes the provider's parsed keys (its Data), which the configuration root only offers through lookups that scan them all.</summary>
    private sealed class JsonLayer() : JsonConfigurationProvider(new JsonConfigurationSource { Optional = false })
    {
        public IDictionary<string, string?> Values => Data;
    }
}

/// <summary>
/// The merged view of configuration layers as a tree, built in one pass: what a configuration root built from the
/// same sources shows (later layers win per key; keys are case-insensitive; children in
/// <see cref="ConfigurationKeyComparer"/> order), but each node knows its children. The configuration root finds
/// children by scanning every key of every provider, which makes binding quadratic in the size of the file.
/// </summary>
internal sealed class ConfigNode
{
    private readonly Dictionary<string, ConfigNode> _children = new(StringComparer.OrdinalIgnoreCase);
    private List<ConfigNode>? _sorted;

    private ConfigNode(string key, string path)
    {
        Key = key;
        Path = path;
    }

    /// <summary>The last segment of the key.</summary>
    public string Key { get; }

    /// <summary>The full configuration key, e.g. <c>bodies:0:members:1:region</c>; empty at the root.</summary>
    public string Path { get; }

    public string? Value { get; private set; }

    public IReadOnlyList<ConfigNode> Children => _sorted ??= [.. _children.Values.OrderBy(c => c.Key, ConfigurationKeyComparer.Instance)];

    public static ConfigNode Build(IEnumerable<ConfigLayer> layers)
    {
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var layer in layers)
            foreach (var (k, v) in layer.Values) merged[k] = v;
        var root = new ConfigNode("", "");
        foreach (var (key, value) in merged)
        {
            var node = root;
            int start = 0;
            while (true)
            {
                int end = key.IndexOf(':', start);
                var segment = end < 0 ? key[start..] : key[start..end];
                if (!node._children.TryGetValue(segment, out var child))
                {
                    child = new ConfigNode(segment, end < 0 ? key : key[..end]);
                    node._children[segment] = child;
                }
                node = child;
                if (end < 0) break;
                start = end + 1;
            }
            node.Value = value;
        }
        return root;
    }

    /// <summary>Every key with a non-null value, as <c>IConfiguration.AsEnumerable()</c> would list them.</summary>
    public static Dictionary<string, string?> Flatten(IEnumerable<ConfigLayer> layers)
    {
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var layer in layers)
            foreach (var (k, v) in layer.Values) merged[k] = v;
        foreach (var k in merged.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList()) merged.Remove(k);
        return merged;
    }
}
