namespace KadSim.IO.Scenarios;

/// <summary>
/// Tells which layer (file as the user named it, or "--set") supplied a configuration key, so a problem
/// can point at the file to fix rather than at the merged result.
/// </summary>
internal sealed class ConfigSources(IReadOnlyList<ConfigLayer> layers)
{
    public string SourceOf(string key)
    {
        if (key.Length == 0) return layers[0].Label;
        // The last layer that holds the key (or something under it) is the one whose value won.
        for (int i = layers.Count - 1; i >= 0; i--)
            if (layers[i].Held.Contains(key)) return layers[i].Label;
        // Missing key: blame the layer that introduced the enclosing object; the base file for top-level keys.
        for (var k = ConfigKeys.Parent(key); k is { Length: > 0 }; k = ConfigKeys.Parent(k))
            for (int i = 0; i < layers.Count; i++)
                if (layers[i].Held.Contains(k)) return layers[i].Label;
        return layers[0].Label;
    }
}
