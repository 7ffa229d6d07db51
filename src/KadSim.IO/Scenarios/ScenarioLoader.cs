using KadSim.Scenario;
using Microsoft.Extensions.Configuration;

namespace KadSim.IO.Scenarios;

/// <summary>
/// Loads a scenario from a base JSON file, overlay files (later ones win) and <c>--set Path:To:Key=value</c>
/// overrides, then binds and validates it. Reports every problem at once, each naming the file that caused it.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Source name of problems in <c>--set</c> overrides.</summary>
    public const string SetSource = "--set";

    public static ScenarioLoadResult Load(string baseFile, IEnumerable<string>? overlays = null, IEnumerable<string>? sets = null)
    {
        ArgumentNullException.ThrowIfNull(baseFile);
        var files = new List<string> { baseFile };
        files.AddRange(overlays ?? []);
        var overrides = (sets ?? []).ToList();

        var problems = new List<ScenarioProblem>();
        foreach (var file in files) problems.AddRange(ScenarioFileCheck.Check(file));
        var setValues = ParseSets(overrides, problems);
        if (problems.Count > 0) return new ScenarioLoadResult(null, problems, files, overrides);

        var builder = new ConfigurationBuilder();
        var labels = new List<string>();
        foreach (var file in files)
        {
            // A relative path would otherwise be resolved against the application's folder, not the working directory.
            builder.AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
            labels.Add(file);
        }
        builder.AddInMemoryCollection(setValues);
        labels.Add(SetSource);

        IConfigurationRoot root;
        try
        {
            root = builder.Build();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
            // Only if a file changed between the check above and now.
            problems.Add(new ScenarioProblem("$", e.InnerException?.Message ?? e.Message) { Source = baseFile });
            return new ScenarioLoadResult(null, problems, files, overrides);
        }

        using (root as IDisposable)
        {
            var sources = new ConfigSources(root, labels);
            var (spec, bindProblems) = ConfigBinder.Bind<ScenarioSpec>(root, sources.SourceOf);
            problems.AddRange(bindProblems);
            if (problems.Count == 0)
            {
                // Semantic checks only make sense on a fully bound spec; otherwise they repeat binding errors.
                problems.AddRange(ScenarioValidator.Validate(spec)
                    .Select(p => p with { Source = p.Source ?? sources.SourceOf(ConfigKeys.FromJsonPath(p.Path)) }));
            }
            return new ScenarioLoadResult(spec, problems, files, overrides);
        }
    }

    /// <summary>As <see cref="Load"/>, but throws <see cref="ScenarioException"/> listing every problem.</summary>
    public static ScenarioSpec LoadOrThrow(string baseFile, IEnumerable<string>? overlays = null, IEnumerable<string>? sets = null)
    {
        var result = Load(baseFile, overlays, sets);
        return result.Spec ?? throw new ScenarioException(result.Problems);
    }

    private static Dictionary<string, string?> ParseSets(List<string> sets, List<ScenarioProblem> problems)
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
