using KadSim.Scenario;

namespace KadSim.IO.Scenarios;

/// <summary>
/// A scenario loaded once (base file, overlays, overrides) from which many variants are bound cheaply:
/// experiments set a few keys per design point without re-reading and re-parsing the files.
/// </summary>
public sealed class ScenarioTemplate
{
    private readonly ConfigLayer _base;

    private ScenarioTemplate(ScenarioSpec spec, Dictionary<string, string?> flat, IReadOnlyList<string> files, IReadOnlyList<string> overrides)
    {
        Base = spec;
        _base = new ConfigLayer("scenario", flat);
        Files = files;
        Overrides = overrides;
    }

    /// <summary>The scenario without variations.</summary>
    public ScenarioSpec Base { get; }
    public IReadOnlyList<string> Files { get; }
    public IReadOnlyList<string> Overrides { get; }

    /// <summary>Loads and validates the scenario; returns problems (with their files) instead of a template if it is invalid.</summary>
    public static (ScenarioTemplate? Template, IReadOnlyList<ScenarioProblem> Problems) Load(string baseFile, IEnumerable<string>? overlays = null, IEnumerable<string>? sets = null)
    {
        var overlayList = (overlays ?? []).ToList();
        var setList = (sets ?? []).ToList();
        var result = ScenarioLoader.Load(baseFile, overlayList, setList, out var layers);
        if (!result.Ok) return (null, result.Problems);
        // The merged key/value view of all layers: the same data the binder saw.
        var flat = ConfigNode.Flatten(layers);
        return (new ScenarioTemplate(result.Spec!, flat, result.Files, result.Overrides), []);
    }

    /// <summary>
    /// Binds the scenario with <paramref name="values"/> (configuration keys such as
    /// <c>parameters:learningRate</c>) set on top. Problems name <paramref name="sourceLabel"/> as their source.
    /// </summary>
    public ScenarioLoadResult With(IEnumerable<KeyValuePair<string, string>> values, string sourceLabel)
    {
        var set = values.Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value)).ToList();
        if (set.Count == 0) return new ScenarioLoadResult(Base, [], Files, Overrides);
        // A key given twice (keys are case-insensitive): the last wins, as with --set; the provider would throw.
        var last = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in set) last[k] = v;
        ConfigLayer[] layers = [_base, new(sourceLabel, last)];
        var sources = new ConfigSources(layers);
        var (spec, problems) = ConfigBinder.Bind<ScenarioSpec>(ConfigNode.Build(layers), sources.SourceOf);
        var all = problems.ToList();
        if (all.Count == 0)
            all.AddRange(ScenarioValidator.Validate(spec).Select(p => p with { Source = p.Source ?? sources.SourceOf(ConfigKeys.FromJsonPath(p.Path)) }));
        return new ScenarioLoadResult(all.Count == 0 ? spec : null, all, Files, [.. Overrides, .. set.Select(kv => $"{kv.Key}={kv.Value}")]);
    }
}
