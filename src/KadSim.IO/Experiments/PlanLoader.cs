using System.Globalization;
using KadSim.Experiments.Designs;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.IO.Experiments;

/// <summary>
/// Loads and checks a sweep plan before any run starts: field types and ranges, the scenario it names,
/// every varied key at its extremes (so an unknown key or an impossible value is caught now), the
/// design's size against the limits, and the points of a design file.
/// </summary>
public static class PlanLoader
{
    public static (LoadedPlan? Plan, IReadOnlyList<ScenarioProblem> Problems) Load(string planFile)
    {
        var problems = new List<ScenarioProblem>(ScenarioFileCheck.Check(planFile, null, out var json));
        if (problems.Count > 0) return (null, problems);
        var (bound, bindProblems) = ConfigBinder.Bind<SweepPlan>(ConfigNode.Build([ConfigLayer.FromJson(planFile, json)]), _ => planFile);
        SweepPlan plan = bound;
        problems.AddRange(bindProblems);
        if (problems.Count > 0) return (null, problems);

        var dir = Path.GetDirectoryName(Path.GetFullPath(planFile))!;
        string Resolve(string p) => InputFile.Resolve(dir, p);
        void Problem(string path, string message, string? value = null, string? allowed = null) =>
            problems.Add(new ScenarioProblem(path, message, value, allowed) { Source = planFile });

        CheckParameters(plan, Problem);
        var (template, scenarioProblems) = ScenarioTemplate.Load(Resolve(plan.Scenario!), plan.Overlays.Select(Resolve), plan.Set);
        // Name the plan and the field that brought the problem in: the plan's own "set" list is not the --set option.
        foreach (var sp in scenarioProblems)
        {
            var field = sp.Source == ScenarioLoader.SetSource ? "$.set" : sp.Source is null || sp.Source == Resolve(plan.Scenario!) ? "$.scenario" : "$.overlays";
            problems.Add(sp with { Source = planFile, Path = field, Message = (field == "$.set" || sp.Source is null ? "" : sp.Source + ": ") + $"{sp.Path}: {sp.Message}" });
        }
        if (problems.Count > 0 || template is null) return (null, problems);

        // Every key at its extremes (and every listed value) must give a valid scenario.
        for (int i = 0; i < plan.Parameters.Count; i++)
        {
            var p = plan.Parameters[i];
            var probes = p.Values.Count > 0 ? p.Values : [LoadedPlan.Format(p.Min!.Value), LoadedPlan.Format(p.Max!.Value)];
            foreach (var v in probes)
            {
                var r = template.With([new(p.Key!, Round(p, v))], "plan");
                foreach (var sp in r.Problems)
                    Problem($"$.parameters[{i}]", $"key '{p.Key}' = {v}: {sp.Path}: {sp.Message}", v, sp.Allowed);
            }
        }
        if (problems.Count > 0) return (null, problems);

        var columns = ColumnNames(plan);
        // Column names go into Parquet files and charts' file names (report --charts): plain names only.
        for (int i = 0; i < columns.Length; i++)
            if (!IsPlainName(columns[i]))
                Problem($"$.parameters[{i}].name", $"column name '{Shorten(columns[i])}' is not a plain name", Shorten(columns[i]),
                    $"letters, digits, '_', '-' and '.', at most {MaxColumnName} characters, not starting with '.'");
        if (problems.Count > 0) return (null, problems);
        // A parameter column must not repeat another column of the run table (or a Hive partition name): readers would see two.
        var taken = new HashSet<string>(["run", "point", "replicate", "seed", "final_status", "highest_stage", "shard", "line", .. RunTable.Metrics], StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < columns.Length; i++)
            if (!taken.Add(columns[i]))
                Problem($"$.parameters[{i}].name", $"column name '{columns[i]}' is already a column of the run table", columns[i], "another \"name\" for this parameter");
        if (problems.Count > 0) return (null, problems);
        var numeric = plan.Parameters.Select(p => p.Values.Count == 0 || p.Values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _))).ToArray();
        var points = BuildPoints(plan, columns, Resolve, Problem);
        if (problems.Count > 0) return (null, problems);
        if ((long)points.Count * plan.Replications > SweepPlan.MaxRuns)
        {
            Problem("$.replications", $"{points.Count:N0} points × {plan.Replications:N0} replications exceeds the limit of {SweepPlan.MaxRuns:N0} runs (SweepPlan.MaxRuns)",
                plan.Replications.ToString(CultureInfo.InvariantCulture), $"at most {SweepPlan.MaxRuns / Math.Max(1, points.Count):N0} replications");
            return (null, problems);
        }
        if (plan.Design!.Type == DesignType.File)
        {
            // Design files are explicit: check every point, not just the extremes.
            var loaded = new LoadedPlan(Path.GetFullPath(planFile), plan, template, columns, numeric, points);
            foreach (var pt in points)
            {
                var r = template.With(loaded.Values(pt), "plan");
                foreach (var sp in r.Problems) Problem("$.design.file", $"point {pt.Index} ({plan.Design.File}): {sp.Path}: {sp.Message}", sp.Value, sp.Allowed);
                if (problems.Count > 20) break;
            }
            if (problems.Count > 0) return (null, problems);
            return (loaded, []);
        }
        return (new LoadedPlan(Path.GetFullPath(planFile), plan, template, columns, numeric, points), []);
    }

    /// <summary>Longest column name of a parameter (column names must be plain: <see cref="IsPlainName"/>).</summary>
    public const int MaxColumnName = 64;

    public static bool IsPlainName(string name) =>
        name.Length is > 0 and <= MaxColumnName && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    private static string Shorten(string s) => s.Length > 80 ? s[..80] + "…" : s;

    private static void CheckParameters(SweepPlan plan, Action<string, string, string?, string?> problem)
    {
        if (plan.Parameters.Count > SweepPlan.MaxParameters)
        {
            problem("$.parameters", $"{plan.Parameters.Count:N0} parameters, over the limit of {SweepPlan.MaxParameters:N0} (SweepPlan.MaxParameters)",
                plan.Parameters.Count.ToString(CultureInfo.InvariantCulture), $"at most {SweepPlan.MaxParameters:N0} parameters");
            return;
        }
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < plan.Parameters.Count; i++)
        {
            var p = plan.Parameters[i];
            var path = $"$.parameters[{i}]";
            if (string.IsNullOrWhiteSpace(p.Key)) continue; // the binder reported it
            if (!keys.Add(p.Key)) problem($"{path}.key", $"key '{p.Key}' is varied twice", p.Key, "each key once");
            if (p.Values.Count > SweepPlan.MaxValuesPerParameter)
                problem($"{path}.values", $"{p.Values.Count:N0} values, over the limit of {SweepPlan.MaxValuesPerParameter:N0} per parameter (SweepPlan.MaxValuesPerParameter)",
                    p.Values.Count.ToString(CultureInfo.InvariantCulture), $"at most {SweepPlan.MaxValuesPerParameter:N0} values, or a range with min and max");
            bool range = p.Min is not null || p.Max is not null;
            if (range && p.Values.Count > 0) problem(path, "give either min and max or values, not both", null, "min/max or values");
            else if (!range && p.Values.Count == 0) problem(path, "empty range: give min and max, or a non-empty list of values", null, "min < max, or values: [...]");
            else if (range)
            {
                if (p.Min is null || p.Max is null) problem(path, "a range needs both min and max", null, "min < max");
                else if (!double.IsFinite(p.Min.Value) || !double.IsFinite(p.Max.Value)) problem(path, "range ends must be finite numbers", $"{p.Min}..{p.Max}", "finite numbers");
                else if (p.Min >= p.Max) problem($"{path}.max", $"empty range: max is not above min ({LoadedPlan.Format(p.Min.Value)})", LoadedPlan.Format(p.Max.Value), $"a number above {LoadedPlan.Format(p.Min.Value)}");
            }
        }
        if (plan.Design is not { } d) return;
        switch (d.Type)
        {
            case DesignType.LatinHypercube or DesignType.Sobol when d.Points is null:
                problem("$.design.points", $"a {d.Type} design needs a number of points", null, $"1..{SweepPlan.MaxPoints:N0}");
                break;
            case DesignType.LatinHypercube or DesignType.Sobol when plan.Parameters.Count == 0:
                problem("$.parameters", $"a {d.Type} design needs at least one parameter", "[]", "one or more parameters");
                break;
            case DesignType.Sobol when plan.Parameters.Count > SobolSequence.MaxDimensions:
                problem("$.parameters", $"a Sobol design has at most {SobolSequence.MaxDimensions} parameters (SobolSequence.MaxDimensions); the plan varies {plan.Parameters.Count}",
                    plan.Parameters.Count.ToString(CultureInfo.InvariantCulture), $"at most {SobolSequence.MaxDimensions} parameters, or a LatinHypercube design");
                break;
            case DesignType.LatinHypercube or DesignType.Sobol when (long)d.Points!.Value * plan.Parameters.Count > SweepPlan.MaxDesignValues:
                problem("$.design.points", $"{d.Points.Value:N0} points × {plan.Parameters.Count} parameters = {(long)d.Points.Value * plan.Parameters.Count:N0} values, over the limit of {SweepPlan.MaxDesignValues:N0} (SweepPlan.MaxDesignValues)",
                    d.Points.Value.ToString(CultureInfo.InvariantCulture), $"at most {SweepPlan.MaxDesignValues / plan.Parameters.Count:N0} points");
                break;
            case DesignType.File when string.IsNullOrWhiteSpace(d.File):
                problem("$.design.file", "a File design needs a file", null, "a .csv or .jsonl file relative to the plan");
                break;
            case DesignType.Grid:
                double size = 1;
                foreach (var p in plan.Parameters) size *= p.Values.Count > 0 ? p.Values.Count : d.Levels;
                if (size > SweepPlan.MaxPoints)
                    problem("$.design.levels", $"the grid has {size:N0} points, over the limit of {SweepPlan.MaxPoints:N0} (SweepPlan.MaxPoints)", d.Levels.ToString(CultureInfo.InvariantCulture), "fewer levels or parameters");
                else if (size * plan.Parameters.Count > SweepPlan.MaxDesignValues)
                    problem("$.design.levels", $"the grid has {size:N0} points × {plan.Parameters.Count} parameters = {size * plan.Parameters.Count:N0} values, over the limit of {SweepPlan.MaxDesignValues:N0} (SweepPlan.MaxDesignValues)", d.Levels.ToString(CultureInfo.InvariantCulture), "fewer levels or parameters");
                else if (size * plan.Replications > SweepPlan.MaxRuns)
                    problem("$.replications", $"{size:N0} points × {plan.Replications:N0} replications exceeds the limit of {SweepPlan.MaxRuns:N0} runs (SweepPlan.MaxRuns)",
                        plan.Replications.ToString(CultureInfo.InvariantCulture), $"at most {SweepPlan.MaxRuns / Math.Max(1, (long)size):N0} replications");
                break;
        }
        // Runs are known before the points are built (except for design files): refuse before allocating them.
        if (d.Type is DesignType.LatinHypercube or DesignType.Sobol && d.Points is { } n && (long)n * plan.Replications > SweepPlan.MaxRuns)
            problem("$.replications", $"{n:N0} points × {plan.Replications:N0} replications exceeds the limit of {SweepPlan.MaxRuns:N0} runs (SweepPlan.MaxRuns)",
                plan.Replications.ToString(CultureInfo.InvariantCulture), $"at most {SweepPlan.MaxRuns / Math.Max(1, n):N0} replications");
    }

    private static string[] ColumnNames(SweepPlan plan)
    {
        var last = plan.Parameters.Select(p => p.Name ?? p.Key!.Split(':')[^1]).ToArray();
        return plan.Parameters.Select((p, i) => p.Name ?? (last.Count(x => string.Equals(x, last[i], StringComparison.OrdinalIgnoreCase)) > 1 ? p.Key!.Replace(':', '_') : last[i])).ToArray();
    }

    private static string Round(PlanParameter p, string v) =>
        p.Integer && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? LoadedPlan.Format(Math.Round(d)) : v;

    private static List<DesignPoint> BuildPoints(SweepPlan plan, string[] columns, Func<string, string> resolve, Action<string, string, string?, string?> problem)
    {
        var d = plan.Design!;
        var ps = plan.Parameters;
        int dims = ps.Count;
        var points = new List<DesignPoint>();
        if (d.Type == DesignType.File)
        {
            var rows = DesignFile.Read(resolve(d.File!), columns, ps.Select(p => p.Key!).ToArray(), out var fileProblems);
            foreach (var fp in fileProblems) problem("$.design.file", fp, d.File, null);
            for (int i = 0; i < rows.Count; i++) points.Add(Point(i, rows[i]));
            if (rows.Count == 0 && fileProblems.Count == 0) problem("$.design.file", "the design file has no points", d.File, "one or more rows");
            return points;
        }
        double[][] unit = d.Type switch
        {
            DesignType.Grid => UnitDesigns.Grid(ps.Select(p => p.Values.Count > 0 ? p.Values.Count : d.Levels).ToArray()),
            DesignType.LatinHypercube => UnitDesigns.LatinHypercube(d.Points!.Value, dims, (ulong)plan.Seed),
            _ => UnitDesigns.Sobol(d.Points!.Value, dims),
        };
        for (int i = 0; i < unit.Length; i++) points.Add(Point(i, ToValues(ps, unit[i])));
        return points;
    }

    /// <summary>Maps a point of the unit cube to parameter values: linear over a range, or an index into a value list.</summary>
    internal static string[] ToValues(IReadOnlyList<PlanParameter> ps, double[] u)
    {
        var values = new string[ps.Count];
        for (int k = 0; k < ps.Count; k++)
        {
            var p = ps[k];
            if (p.Values.Count > 0) values[k] = p.Values[Math.Min(p.Values.Count - 1, (int)(u[k] * p.Values.Count))];
            else
            {
                double v = p.Min!.Value + u[k] * (p.Max!.Value - p.Min.Value);
                values[k] = LoadedPlan.Format(p.Integer ? Math.Round(v) : v);
            }
        }
        return values;
    }

    /// <summary>Design points from unit-cube rows (for sensitivity designs built outside the plan).</summary>
    internal static List<DesignPoint> FromUnit(IReadOnlyList<PlanParameter> ps, double[][] unit) =>
        [.. unit.Select((u, i) => Point(i, ToValues(ps, u)))];

    private static DesignPoint Point(int index, string[] values) =>
        new(index, values, values.Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN).ToArray());
}
