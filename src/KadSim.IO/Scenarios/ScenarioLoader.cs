using KadSim.Scenario;

namespace KadSim.IO.Scenarios;

/// <summary>
/// Loads a scenario from a base JSON file, overlay files (later ones win) and <c>--set Path:To:Key=value</c>
/// overrides, then binds and validates it. Reports every problem at once, each naming the file that caused it.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Source name of problems in <c>--set</c> overrides.</summary>
    public const string SetSource = "--set";

    public static ScenarioLoadResult Load(string baseFile, IEnumerable<string>? overlays = null, IEnumerable<string>? sets = null) =>
        Load(baseFile, overlays, sets, out _);

    /// <param name="layers">The layers bound (files, then the overrides), for binding variants of the scenario (<see cref="ScenarioTemplate"/>).</param>
    internal static ScenarioLoadResult Load(string baseFile, IEnumerable<string>? overlays, IEnumerable<string>? sets, out List<ConfigLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(baseFile);
        var files = new List<string> { baseFile };
        files.AddRange(overlays ?? []);
        var overrides = (sets ?? []).ToList();

        var problems = new List<ScenarioProblem>();
        layers = [];
        foreach (var file in files)
        {
            // The bytes checked are the bytes bound: the file is read once, within the size limit.
            problems.AddRange(ScenarioFileCheck.Check(file, ScenarioFileCheck.ScenarioArrays, out var json));
            if (!json.IsEmpty) layers.Add(ConfigLayer.FromJson(file, json));
        }
        var setValues = ParseSets(overrides, problems);
        if (problems.Count > 0) return new ScenarioLoadResult(null, problems, files, overrides);
        layers.Add(new ConfigLayer(SetSource, setValues));

        var sources = new ConfigSources(layers);
        var (spec, bindProblems) = ConfigBinder.Bind<ScenarioSpec>(ConfigNode.Build(layers), sources.SourceOf);
        problems.AddRange(bindProblems);
        if (problems.Count == 0)
        {
            // Semantic checks only make sense on a fully bound spec; otherwise they repeat binding errors.
            problems.AddRange(ScenarioValidator.Validate(spec)
                .Select(p => p with { Source = p.Source ?? sources.SourceOf(ConfigKeys.FromJsonPath(p.Path)) }));
        }
        return new ScenarioLoadResult(spec, problems, files, overrides);
    }

    /// <summary>As <see cref="Load"/>, but throws <see cref="ScenarioException"/> listing every problem.</summary>
    public static ScenarioSpec LoadOrThrow(string baseFile, IEnumerable<string>? overlays = null, IEnumerable<string>? sets = null)
    {
        var result = Load(baseFile, overlays, sets);
        return result.Spec ?? throw new ScenarioException(result.Problems);
    }

    /// <summary>The overrides as configuration keys and values (keys trimmed; the last of a key wins, keys case-insensitive), malformed ones as problems.</summary>
    internal static Dictionary<string, string?> ParseSets(List<string> sets, List<ScenarioProblem> problems)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in sets)
        {
            int eq = set.IndexOf('=');
            var key = eq < 0 ? "" : set[..eq].Trim();
            if (eq < 0 || key.Length == 0 || key.Split(':').Any(s => s.Trim().Length == 0))
            {
                problems.Add(new ScenarioProblem("$", "malformed override; expected Path:To:Key=value", set,
                    "e.g. bodies:0:dues:1:amount=2e8 or parameters:quorumShare=0.6") { Source = SetSource });
                continue;
            }
            // The last --set of a key wins, as later layers do.
            values[string.Join(':', key.Split(':').Select(s => s.Trim()))] = set[(eq + 1)..];
        }
        return values;
    }
}
