using System.Globalization;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// Loads and checks a calibration file before any run starts: field types and ranges, the priors, the
/// target metrics (an unknown one is listed with the allowed names), the scenario it names, and every
/// fitted key at the ends and inside of its prior (so a key that does not bind is caught now). Problems
/// name the file and the JSON path.
/// </summary>
public static class CalibrationLoader
{
    /// <summary>A point inside each prior probed besides its ends: catches keys that take whole numbers only.</summary>
    private const double InteriorProbe = 0.3819660112501051;

    public static (LoadedCalibration? Calibration, IReadOnlyList<ScenarioProblem> Problems) Load(string file)
    {
        var problems = new List<ScenarioProblem>(ScenarioFileCheck.Check(file, null, out var json));
        if (problems.Count > 0) return (null, problems);
        var (bound, bindProblems) = ConfigBinder.Bind<CalibrationFile>(ConfigNode.Build([ConfigLayer.FromJson(file, json)]), _ => file);
        CalibrationFile cal = bound;
        problems.AddRange(bindProblems);

        // One problem per path: e.g. a missing "targets" is not also reported as empty.
        var paths = problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        void Problem(string path, string message, string? value = null, string? allowed = null)
        {
            if (paths.Add(path)) problems.Add(new ScenarioProblem(path, message, value, allowed) { Source = file });
        }

        // Field-level checks even when binding found problems elsewhere, so the user sees them all at once.
        CheckParameters(cal, Problem);
        var metrics = CheckTargets(cal, Problem);
        CheckSize(cal, Problem);
        if (problems.Count > 0) return (null, problems);

        var dir = Path.GetDirectoryName(Path.GetFullPath(file))!;
        string Resolve(string p) => InputFile.Resolve(dir, p);
        var (template, scenarioProblems) = ScenarioTemplate.Load(Resolve(cal.Scenario!), cal.Overlays.Select(Resolve), cal.Set);
        foreach (var sp in scenarioProblems) problems.Add(sp with { Message = $"(scenario of the calibration) {sp.Message}" });
        if (problems.Count > 0 || template is null) return (null, problems);

        // Every key at both ends of its prior, and inside it, must give a valid scenario.
        for (int i = 0; i < cal.Parameters.Count; i++)
        {
            var p = cal.Parameters[i];
            double min = p.Min!.Value, max = p.Max!.Value;
            foreach (var v in new[] { min, max, min + InteriorProbe * (max - min) })
            {
                var text = LoadedCalibration.Format(v);
                var r = template.With([new(p.Key!, text)], "calibration");
                foreach (var sp in r.Problems)
                    Problem($"$.parameters[{i}].key", $"key '{p.Key}' = {text}: {sp.Path}: {sp.Message}", p.Key, sp.Allowed);
                if (r.Problems.Count > 0) break;
            }
        }
        if (problems.Count > 0) return (null, problems);
        return (new LoadedCalibration(file, cal, template, ColumnNames(cal), metrics!), []);
    }

    /// <summary>The work and memory a calibration asks for, before any of it is allocated: named limits.</summary>
    private static void CheckSize(CalibrationFile cal, Action<string, string, string?, string?> problem)
    {
        int d = cal.Parameters.Count, n = cal.Abc.Samples, reps = cal.Replications;
        if (d > SweepPlan.MaxParameters)
        {
            problem("$.parameters", $"{d:N0} parameters, over the limit of {SweepPlan.MaxParameters:N0} (SweepPlan.MaxParameters)", d.ToString(CultureInfo.InvariantCulture), $"at most {SweepPlan.MaxParameters:N0}");
            return;
        }
        if ((long)n * d > SweepPlan.MaxDesignValues)
            problem("$.abc.samples", $"{n:N0} samples × {d} parameters, over the limit of {SweepPlan.MaxDesignValues:N0} values (SweepPlan.MaxDesignValues)",
                n.ToString(CultureInfo.InvariantCulture), $"at most {SweepPlan.MaxDesignValues / Math.Max(1, d):N0} samples");
        long runs = ((long)n + (cal.Optimizer.Method == OptimizerMethod.None ? 0 : cal.Optimizer.MaxIterations)) * reps;
        if (runs > SweepPlan.MaxRuns)
            problem("$.replications", $"(samples + optimiser iterations) × replications = {runs:N0} runs, over the limit of {SweepPlan.MaxRuns:N0} (SweepPlan.MaxRuns)",
                reps.ToString(CultureInfo.InvariantCulture), "fewer samples, iterations or replications");
        if ((long)n * Math.Max(1, cal.Targets.Count + d) > SweepPlan.MaxDesignValues)
            problem("$.targets", $"{n:N0} samples × ({cal.Targets.Count} targets + {d} parameters), over the limit of {SweepPlan.MaxDesignValues:N0} values (SweepPlan.MaxDesignValues)",
                cal.Targets.Count.ToString(CultureInfo.InvariantCulture), "fewer samples or targets");
    }

    private static void CheckParameters(CalibrationFile cal, Action<string, string, string?, string?> problem)
    {
        if (cal.Parameters.Count == 0)
        {
            problem("$.parameters", "no parameters to fit", "[]", "one or more { \"key\": ..., \"min\": ..., \"max\": ... }");
            return;
        }
        if (cal.Parameters.Count > SweepPlan.MaxParameters) return; // CheckSize says so
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < cal.Parameters.Count; i++)
        {
            var p = cal.Parameters[i];
            var path = $"$.parameters[{i}]";
            if (p.Key is { } key)
            {
                if (string.IsNullOrWhiteSpace(key)) problem($"{path}.key", "empty key", "\"\"", "a scenario key such as parameters:learningRate");
                else if (!keys.Add(key.Trim())) problem($"{path}.key", $"key '{key}' is fitted twice", key, "each key once");
            }
            if (p.Min is { } min && p.Max is { } max && min >= max)
                problem($"{path}.max", $"empty prior: max is not above min ({LoadedCalibration.Format(min)})", LoadedCalibration.Format(max), $"a number above {LoadedCalibration.Format(min)}");
        }
        if (cal.Parameters.All(p => p.Key is not null))
        {
            var names = ColumnNames(cal);
            for (int i = 0; i < names.Length; i++)
                if (names.Take(i).Contains(names[i], StringComparer.OrdinalIgnoreCase))
                    problem($"$.parameters[{i}].name", $"column name '{names[i]}' is used twice", names[i], "distinct names");
        }
    }

    private static CalibrationMetric[]? CheckTargets(CalibrationFile cal, Action<string, string, string?, string?> problem)
    {
        if (cal.Targets.Count == 0)
        {
            problem("$.targets", "no targets to fit", "[]", "one or more { \"metric\": ..., \"value\": ..., \"scale\": ... }");
            return null;
        }
        var metrics = new CalibrationMetric?[cal.Targets.Count];
        var seen = new HashSet<(string, TargetStatistic)>();
        var allowed = string.Join(", ", CalibrationMetric.Allowed);
        for (int i = 0; i < cal.Targets.Count; i++)
        {
            var t = cal.Targets[i];
            var path = $"$.targets[{i}]";
            if (t.Metric is { } name)
            {
                metrics[i] = CalibrationMetric.Parse(name, out var error);
                if (metrics[i] is null) problem($"{path}.metric", error!, name, allowed + $" (e.g. {string.Join(", ", CalibrationMetric.AuctionRecord)})");
                else if (!seen.Add((metrics[i]!.Name, t.Statistic)))
                    problem($"{path}.metric", $"the {t.Statistic.ToString().ToLowerInvariant()} of '{metrics[i]!.Name}' is a target twice", name, "each metric and statistic once");
            }
            if (t.Scale is { } scale && !(scale > 0))
                problem($"{path}.scale", "the scale must be above 0", LoadedCalibration.Format(scale), "a number > 0 (the tolerance unit of this target)");
        }
        return metrics.All(m => m is not null) ? metrics.Select(m => m!).ToArray() : null;
    }

    private static string[] ColumnNames(CalibrationFile cal)
    {
        var last = cal.Parameters.Select(p => p.Name ?? p.Key!.Split(':')[^1].Trim()).ToArray();
        return cal.Parameters.Select((p, i) => p.Name ?? (last.Count(x => string.Equals(x, last[i], StringComparison.OrdinalIgnoreCase)) > 1 ? p.Key!.Trim().Replace(':', '_') : last[i])).ToArray();
    }
}
