using Microsoft.Extensions.Configuration;

namespace KadSim.IO.Scenarios;

/// <summary>
/// Tells which layer (file as the user named it, or "--set") supplied a configuration key, so a problem
/// can point at the file to fix rather than at the merged result.
/// </summary>
internal sealed class ConfigSources
{
    private readonly IConfigurationProvider[] _providers;
    private readonly string[] _labels;

    /// <param name="labels">One label per provider, in the order the sources were added.</param>
    public ConfigSources(IConfigurationRoot root, IReadOnlyList<string> labels)
    {
        _providers = root.Providers.ToArray();
        if (_providers.Length != labels.Count)
            throw new ArgumentException($"{labels.Count} labels for {_providers.Length} providers", nameof(labels));
        _labels = labels.ToArray();
    }

    public string SourceOf(string key)
    {
        if (key.Length == 0) return _labels[0];
        // The last layer that holds the key (or something under it) is the one whose value won.
        for (int i = _providers.Length - 1; i >= 0; i--)
            if (Holds(i, key)) return _labels[i];
        // Missing key: blame the layer that introduced the enclosing object; the base file for top-level keys.
        for (var k = ConfigKeys.Parent(key); k is { Length: > 0 }; k = ConfigKeys.Parent(k))
            for (int i = 0; i < _providers.Length; i++)
                if (Holds(i, k)) return _labels[i];
        return _labels[0];
    }

    private bool Holds(int i, string key) =>
        _providers[i].TryGet(key, out _) || _providers[i].GetChildKeys([], key).Any();
}
