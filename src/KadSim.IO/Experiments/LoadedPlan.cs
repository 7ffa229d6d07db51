using System.Collections.Concurrent;
using System.Globalization;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.IO.Experiments;

/// <summary>A validated sweep plan: its scenario template, parameter columns and design points.</summary>
public sealed class LoadedPlan
{
    private readonly ConcurrentDictionary<int, ScenarioSpec> _specs = new();

    internal LoadedPlan(string planPath, SweepPlan plan, ScenarioTemplate template, string[] columns, bool[] numeric, IReadOnlyList<DesignPoint> points)
    {
        PlanPath = planPath;
        Plan = plan;
        Template = template;
        Columns = columns;
        Numeric = numeric;
        Points = points;
    }

    public string PlanPath { get; }
    public SweepPlan Plan { get; }
    public ScenarioTemplate Template { get; }
    /// <summary>Result column name of each parameter.</summary>
    public string[] Columns { get; }
    /// <summary>Whether each parameter is numeric (else its values are names).</summary>
    public bool[] Numeric { get; }
    public IReadOnlyList<DesignPoint> Points { get; }
    public int Replications => Plan.Replications;
    public long Runs => (long)Points.Count * Plan.Replications;
    public ulong Seed => (ulong)Plan.Seed;

    /// <summary>An ensemble as a plan: one design point (the scenario as it is), <paramref name="runs"/> replications.</summary>
    public static LoadedPlan Single(ScenarioTemplate template, int runs, ulong seed, bool traces, string label)
    {
        var plan = new SweepPlan
        {
            Name = label,
            Scenario = template.Files[0],
            Overlays = [.. template.Files.Skip(1)],
            Set = [.. template.Overrides],
            Design = new DesignSpec { Type = DesignType.Grid },
            Replications = runs,
            Seed = checked((long)seed),
            Outputs = new PlanOutputs { Traces = traces },
        };
        return new LoadedPlan(Path.GetFullPath(template.Files[0]), plan, template, [], [], [new DesignPoint(0, [], [])]);
    }

    /// <summary>The same scenario and parameters over other design points (e.g. a Saltelli or Morris design), with common random numbers.</summary>
    public LoadedPlan WithPoints(IReadOnlyList<DesignPoint> points, string label)
    {
        var plan = new SweepPlan
        {
            Name = label,
            Scenario = Plan.Scenario,
            Overlays = Plan.Overlays,
            Set = Plan.Set,
            Parameters = Plan.Parameters,
            Design = new DesignSpec { Type = DesignType.File, File = label },
            Replications = Plan.Replications,
            Seed = Plan.Seed,
            CommonRandomNumbers = true,
        };
        return new LoadedPlan(PlanPath, plan, Template, Columns, Numeric, points);
    }

    /// <summary>The plan restricted to one design point (for --line): its runs keep their numbering in the full plan's seed space.</summary>
    public LoadedPlan OnlyPoint(int point)
    {
        var only = Points[point];
        return new LoadedPlan(PlanPath, Plan, Template, Columns, Numeric, [only]) { SeedOffset = (long)point * Plan.Replications };
    }

    /// <summary>Added to run indices when keying randomness, so a point run alone gives the rows it has in the full sweep.</summary>
    public long SeedOffset { get; private init; }

    /// <summary>The scenario of a design point, bound once and cached.</summary>
    public ScenarioSpec SpecOf(int point) => _specs.GetOrAdd(point, p =>
    {
        var r = Template.With(Values(Points[p]), "plan");
        return r.Spec ?? throw new ScenarioException(r.Problems);
    });

    internal IEnumerable<KeyValuePair<string, string>> Values(DesignPoint point) =>
        Plan.Parameters.Select((p, k) => new KeyValuePair<string, string>(p.Key!, point.Values[k]));

    internal static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
