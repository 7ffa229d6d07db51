using KadSim.Charts.Reports;
using KadSim.Engine;
using KadSim.IO.Output;
using KadSim.IO.Scenarios;
using KadSim.Notebooks;
using KadSim.Scenario;

namespace KadSim;

/// <summary>
/// A scenario as layers — the base file, overlay files in order, then <c>Path:To:Key=value</c> overrides — exactly
/// as <c>kadsim run FILE --overlay F --set K=V</c> layers them. Immutable: <see cref="With"/> and <see cref="Set(string, object)"/>
/// return a new scenario. It is bound and validated on first use; an invalid one throws <see cref="ScenarioException"/>
/// listing every problem with its file and JSON path.
/// </summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class KadScenario
{
    private readonly Lazy<ScenarioLoadResult> _loaded;
    private readonly string? _label;

    internal KadScenario(string file, IReadOnlyList<string> overlays, IReadOnlyList<string> sets, string? label)
    {
        File = file;
        Overlays = overlays;
        Sets = sets;
        _label = label;
        _loaded = new(() => ScenarioLoader.Load(File, Overlays, Sets));
    }

    /// <summary>The base scenario file (full path).</summary>
    public string File { get; }

    /// <summary>Overlay files, in the order they are layered (full paths).</summary>
    public IReadOnlyList<string> Overlays { get; }

    /// <summary>Overrides <c>Path:To:Key=value</c>, applied last, in order (the last of a key wins).</summary>
    public IReadOnlyList<string> Sets { get; }

    /// <summary>A short label for answers and chart legends: given with <see cref="Named"/>, else the overlays' file names and overrides, else "baseline".</summary>
    public string Label => _label ?? (Overlays.Count + Sets.Count == 0
        ? "baseline"
        : string.Join(" + ", Overlays.Select(Path.GetFileNameWithoutExtension).Concat(Sets)));

    /// <summary>This scenario with one more overlay file layered on top.</summary>
    public KadScenario With(string overlay) => new(File, [.. Overlays, Kad.Resolve(overlay)], Sets, null);

    /// <summary>This scenario with <paramref name="key"/> (e.g. <c>parameters:learningRate</c>, <c>bodies:0:duesRule</c>) set to <paramref name="value"/>.</summary>
    public KadScenario Set(string key, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new(File, Overlays, [.. Sets, $"{key.Trim()}={Kad.Format(value)}"], null);
    }

    /// <summary>This scenario with an override written as on the command line, <c>Path:To:Key=value</c>.</summary>
    public KadScenario Set(string assignment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignment);
        return new(File, Overlays, [.. Sets, assignment], null);
    }

    /// <summary>The same scenario under another label.</summary>
    public KadScenario Named(string label) => new(File, Overlays, Sets, label);

    /// <summary>The bound, validated scenario.</summary>
    /// <exception cref="ScenarioException">The layers give an invalid scenario.</exception>
    public ScenarioSpec Spec => _loaded.Value.Spec ?? throw new ScenarioException(_loaded.Value.Problems);

    /// <summary>Every problem of the layered scenario (empty if it is valid), each naming its file and JSON path.</summary>
    public IReadOnlyList<ScenarioProblem> Problems => _loaded.Value.Problems;

    public bool IsValid => _loaded.Value.Ok;

    /// <summary>The scenario's name (e.g. "BARLINGMASCAKEB").</summary>
    public string Name => Spec.Name ?? Path.GetFileNameWithoutExtension(File);

    public string Description => Spec.Description ?? "";

    /// <summary>The name of the main (first) cooperation body.</summary>
    public string Body => Spec.Bodies.Count == 0 ? "" : Spec.Bodies[0].Name ?? Spec.Bodies[0].Id ?? "";

    /// <summary>What the overlays and overrides change, in plain words (an overlay's leading comment lines).</summary>
    public IReadOnlyList<string> Changes => [.. Overlays.Select(ReportText.Describe), .. Sets.Select(s => $"override {s}")];

    /// <summary>SHA-256 of the canonical JSON of the layered scenario (as recorded in run manifests).</summary>
    public string Hash => ScenarioJson.Hash(Spec);

    /// <summary>The seed written in the scenario file.</summary>
    public ulong DefaultSeed => (ulong)Spec.Seed;

    /// <summary>
    /// One run. Without <paramref name="folder"/> its traces are kept in memory; with it they are written as Parquet
    /// (region_ticks, body_ticks, events and manifest.json, replacing a previous run there), as <c>kadsim run --out</c>.
    /// </summary>
    public KadRun Run(ulong? seed = null, int run = 0, string? folder = null)
    {
        var spec = Spec;
        ulong s = seed ?? (ulong)spec.Seed;
        if (folder is null)
        {
            var writer = new MemoryTraceWriter(run);
            var summary = new Simulation(spec, s, run).RunToEnd(new Observation.TraceRecorder(writer));
            return new KadRun(this, s, run, summary, null, writer.Result());
        }
        var result = TraceRun.Run(spec, folder, new RunRequest
        {
            Seed = s,
            RunIndex = run,
            Force = true,
            ScenarioFiles = [File, .. Overlays],
            Overrides = Sets,
        });
        return new KadRun(this, s, run, result.Summary, Path.GetFullPath(folder), null);
    }

    /// <summary>
    /// <paramref name="runs"/> replications in parallel: run r uses keyed randomness (seed, r), as <c>kadsim ensemble</c> and
    /// <c>kadsim report</c>, so the numbers do not depend on the thread count. Keeps each run's summary, the main body's
    /// monthly series and its auction record.
    /// </summary>
    public KadEnsemble Ensemble(int runs = Kad.DefaultRuns, ulong? seed = null, int? threads = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var spec = Spec;
        ulong s = seed ?? (ulong)spec.Seed;
        return new KadEnsemble(this, EnsembleData.Run(spec, runs, s, threads));
    }

    /// <summary>A sweep of this scenario, built in code: add parameters with <see cref="KadSweepPlan.Vary(string, double, double, string?, bool)"/>.</summary>
    public KadSweepPlan Sweep(string? name = null) => KadSweepPlan.ForScenario(this, name);

    public override string ToString()
    {
        var lines = new List<string> { $"{Name} ({Label}): {Description}".TrimEnd(' ', ':') };
        lines.AddRange(Changes.Select(c => "  + " + c));
        return string.Join(Environment.NewLine, lines);
    }
}
