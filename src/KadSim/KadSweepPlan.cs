using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KadSim.IO.Experiments;
using KadSim.Scenario;

namespace KadSim;

/// <summary>
/// A sweep plan — the scenario layers, the parameters varied, the design, replications and seed — read from a plan
/// file (<see cref="Kad.Plan"/>) or built in code (<see cref="KadScenario.Sweep"/>). Immutable: each method returns a
/// changed copy. Running it writes the plan as <c>plan.json</c> into the output folder and runs that file exactly as
/// <c>kadsim sweep</c> (or <c>kadsim sensitivity</c>) would, so the command can repeat or resume it.
/// </summary>
[Notebooks.TypeFormatterSource(typeof(Notebooks.KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class KadSweepPlan
{
    private readonly SweepPlan _plan;

    private KadSweepPlan(SweepPlan plan) => _plan = plan;

    internal static KadSweepPlan FromFile(string planFile)
    {
        var (loaded, problems) = PlanLoader.Load(planFile);
        if (loaded is null) throw new ScenarioException(problems);
        var dir = Path.GetDirectoryName(Path.GetFullPath(planFile))!;
        string Abs(string p) => Path.IsPathRooted(p) ? p : Path.GetFullPath(Path.Combine(dir, p));
        var copy = Clone(loaded.Plan);
        copy.Scenario = Abs(copy.Scenario!);
        copy.Overlays = [.. copy.Overlays.Select(Abs)];
        if (copy.Design?.File is { } f) copy.Design.File = Abs(f);
        copy.Name ??= Path.GetFileNameWithoutExtension(planFile);
        return new KadSweepPlan(copy);
    }

    internal static KadSweepPlan ForScenario(KadScenario scenario, string? name) => new(new SweepPlan
    {
        Name = name ?? $"{scenario.Name} ({scenario.Label}) sweep",
        Scenario = scenario.File,
        Overlays = [.. scenario.Overlays],
        Set = [.. scenario.Sets],
        Design = new DesignSpec { Type = DesignType.Grid, Levels = 3 },
        Replications = 10,
        Seed = (long)scenario.DefaultSeed,
    });

    /// <summary>A copy of the plan as bound (paths absolute).</summary>
    public SweepPlan Plan => Clone(_plan);

    public string Name => _plan.Name ?? "sweep";

    /// <summary>Varies <paramref name="key"/> (as in <c>--set</c>, e.g. <c>parameters:learningRate</c>) over [min, max]; its result column is <paramref name="name"/> or the key's last part.</summary>
    public KadSweepPlan Vary(string key, double min, double max, string? name = null, bool integer = false) =>
        Change(p => p.Parameters.Add(new PlanParameter { Key = key, Name = name, Min = min, Max = max, Integer = integer }));

    /// <summary>Varies <paramref name="key"/> over a list of values (numbers or names such as "Equal", "BenefitProportional").</summary>
    public KadSweepPlan Vary(string key, IEnumerable<string> values, string? name = null) =>
        Change(p => p.Parameters.Add(new PlanParameter { Key = key, Name = name, Values = [.. values] }));

    /// <summary>Full factorial grid with <paramref name="levels"/> levels per numeric range (min and max included).</summary>
    public KadSweepPlan Grid(int levels = 3) => Change(p => p.Design = new DesignSpec { Type = DesignType.Grid, Levels = levels });

    /// <summary>A Latin hypercube of <paramref name="points"/> points.</summary>
    public KadSweepPlan LatinHypercube(int points) => Change(p => p.Design = new DesignSpec { Type = DesignType.LatinHypercube, Points = points });

    /// <summary>The first <paramref name="points"/> points of a Sobol sequence.</summary>
    public KadSweepPlan Sobol(int points) => Change(p => p.Design = new DesignSpec { Type = DesignType.Sobol, Points = points });

    /// <summary>Explicit design points from a CSV or JSONL file.</summary>
    public KadSweepPlan DesignFile(string file) => Change(p => p.Design = new DesignSpec { Type = DesignType.File, File = Kad.Resolve(file) });

    /// <summary>Replications (seeds) per design point.</summary>
    public KadSweepPlan Replications(int replications) => Change(p => p.Replications = replications);

    /// <summary>Base seed: run r of the sweep uses keyed randomness (seed, r).</summary>
    public KadSweepPlan Seed(long seed) => Change(p => p.Seed = seed);

    /// <summary>Common random numbers: replicate k of every point uses the same seed (seed, k).</summary>
    public KadSweepPlan CommonRandomNumbers(bool on = true) => Change(p => p.CommonRandomNumbers = on);

    /// <summary>Also write the full traces of every run (Hive-partitioned by point and replicate).</summary>
    public KadSweepPlan WithTraces(bool on = true) => Change(p => p.Outputs = new PlanOutputs { Traces = on });

    /// <summary>Runs the sweep into <paramref name="outDir"/> (runs/shard=0/part-*.parquet, sweep.json, plan.json). Resumes a sweep of the same plan there; replaces another.</summary>
    public KadSweep Run(string outDir, int? threads = null)
    {
        var plan = Load(outDir);
        SweepRunner.Run(plan, outDir, new SweepOptions { MaxThreads = threads, Force = true });
        return new KadSweep(plan, outDir);
    }

    /// <summary>
    /// Global sensitivity of the plan's parameters (its design is replaced by a Saltelli design for Sobol, or Morris
    /// trajectories), with the plan's replications under common random numbers — as <c>kadsim sensitivity</c>.
    /// </summary>
    /// <param name="outDir">Folder of the design's runs (plan.json, sweep.json, runs/) and sensitivity.csv.</param>
    /// <param name="method">Sobol (first- and total-order indices) or Morris (elementary effects).</param>
    /// <param name="samples">Sobol: base sample size N (N·(d+2) points); Morris: trajectories r (r·(d+1) points).</param>
    /// <param name="metrics">Run-table metrics to analyse; default years_active, dues_collected, auction_value, final_mean_trust.</param>
    /// <param name="threads">Worker threads (default: all cores); results do not depend on it.</param>
    public KadSensitivity Sensitivity(string outDir, SensitivityMethod method = SensitivityMethod.Sobol, int samples = 64, IReadOnlyList<string>? metrics = null, int? threads = null)
    {
        IReadOnlyList<string> ms = metrics is { Count: > 0 } ? metrics : ["years_active", "dues_collected", "auction_value", "final_mean_trust"];
        var unknown = ms.Where(m => !RunTable.Metrics.Contains(m)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"unknown metric {string.Join(", ", unknown)}; known: {string.Join(", ", RunTable.Metrics)}", nameof(metrics));
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        var plan = Load(outDir);
        var (design, estimator) = SensitivityRunner.Design(plan, method, samples, plan.Seed);
        SweepRunner.Run(design, outDir, new SweepOptions { MaxThreads = threads, Force = true });
        var rows = SensitivityRunner.Estimate(design, estimator, Path.Combine(outDir, "runs"), ms, plan.Seed);
        SensitivityRunner.WriteCsv(Path.Combine(outDir, SensitivityRunner.ResultName), rows);
        return new KadSensitivity(method, samples, rows, ms, new KadSweep(design, outDir));
    }

    /// <summary>The plan as JSON, as written to <c>plan.json</c> (a file <c>kadsim sweep</c> accepts).</summary>
    public string ToJson()
    {
        var p = _plan;
        var o = new JsonObject { ["name"] = p.Name, ["scenario"] = p.Scenario };
        if (p.Overlays.Count > 0) o["overlays"] = new JsonArray([.. p.Overlays.Select(x => (JsonNode?)JsonValue.Create(x))]);
        if (p.Set.Count > 0) o["set"] = new JsonArray([.. p.Set.Select(x => (JsonNode?)JsonValue.Create(x))]);
        var parameters = new JsonArray();
        foreach (var q in p.Parameters)
        {
            var j = new JsonObject { ["key"] = q.Key };
            if (q.Name is not null) j["name"] = q.Name;
            if (q.Min is { } min) j["min"] = min;
            if (q.Max is { } max) j["max"] = max;
            if (q.Integer) j["integer"] = true;
            if (q.Values.Count > 0) j["values"] = new JsonArray([.. q.Values.Select(x => (JsonNode?)JsonValue.Create(x))]);
            parameters.Add(j);
        }
        if (parameters.Count > 0) o["parameters"] = parameters;
        var d = p.Design ?? new DesignSpec { Type = DesignType.Grid };
        var design = new JsonObject { ["type"] = d.Type.ToString() };
        if (d.Points is { } points) design["points"] = points;
        if (d.Type == DesignType.Grid) design["levels"] = d.Levels;
        if (d.File is not null) design["file"] = d.File;
        o["design"] = design;
        o["replications"] = p.Replications;
        o["seed"] = p.Seed;
        if (p.CommonRandomNumbers) o["commonRandomNumbers"] = true;
        if (p.Outputs.Traces) o["outputs"] = new JsonObject { ["traces"] = true };
        return o.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    public override string ToString() => ToJson();

    private LoadedPlan Load(string outDir)
    {
        Directory.CreateDirectory(outDir);
        var file = Path.Combine(outDir, "plan.json");
        File.WriteAllText(file, ToJson());
        var (loaded, problems) = PlanLoader.Load(file);
        return loaded ?? throw new ScenarioException(problems);
    }

    private KadSweepPlan Change(Action<SweepPlan> change)
    {
        var copy = Clone(_plan);
        change(copy);
        return new KadSweepPlan(copy);
    }

    private static SweepPlan Clone(SweepPlan p) => new()
    {
        Name = p.Name,
        Scenario = p.Scenario,
        Overlays = [.. p.Overlays],
        Set = [.. p.Set],
        Parameters = [.. p.Parameters.Select(q => new PlanParameter { Key = q.Key, Name = q.Name, Min = q.Min, Max = q.Max, Integer = q.Integer, Values = [.. q.Values] })],
        Design = p.Design is { } d ? new DesignSpec { Type = d.Type, Points = d.Points, Levels = d.Levels, File = d.File } : null,
        Replications = p.Replications,
        Seed = p.Seed,
        CommonRandomNumbers = p.CommonRandomNumbers,
        Outputs = new PlanOutputs { Traces = p.Outputs.Traces },
    };
}
