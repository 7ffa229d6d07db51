using System.Text.Json;
using System.Text.Json.Nodes;

namespace KadSim.Tests.Reliability.Fuzz;

/// <summary>What a fuzz input is: the loader that reads it and the folder it is written to.</summary>
internal enum FuzzKind
{
    /// <summary>A scenario file (scenarios/*.json), loaded on its own.</summary>
    Scenario,
    /// <summary>An overlay (scenarios/overlays/*.json), layered on the shipped BARLINGMASCAKEB.</summary>
    Overlay,
    /// <summary>A sweep plan (scenarios/plans/*.json).</summary>
    Plan,
    /// <summary>A calibration file (scenarios/calibration/*.json).</summary>
    Calibration,
}

/// <summary>A shipped input file the fuzzer mutates.</summary>
internal sealed record FuzzSeed(FuzzKind Kind, string Name, string Text)
{
    public static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public JsonNode Parse() => JsonNode.Parse(Text, documentOptions: ReadOptions)!;
}

/// <summary>
/// The seeds: every shipped scenario (except the schema), overlay, sweep plan and calibration, copied with the
/// whole <c>scenarios/</c> tree into a scratch folder, so that the relative references of plans ("../x.json")
/// resolve and mutants can be written next to the originals without touching the repository.
/// </summary>
internal sealed class FuzzCorpus : IDisposable
{
    public FuzzCorpus()
    {
        Root = Directory.CreateTempSubdirectory("kadsim-fuzz-").FullName;
        var source = Path.Combine(TestScenarios.RepoRoot, "scenarios");
        Scenarios = Path.Combine(Root, "scenarios");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Scenarios, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var seeds = new List<FuzzSeed>();
        void Add(FuzzKind kind, string dir, string pattern)
        {
            foreach (var f in Directory.GetFiles(Path.Combine(source, dir), pattern).Order(StringComparer.Ordinal))
                if (Path.GetFileName(f) != "kadsim.schema.json") seeds.Add(new FuzzSeed(kind, Path.GetRelativePath(source, f), File.ReadAllText(f)));
        }
        Add(FuzzKind.Scenario, ".", "*.json");
        Add(FuzzKind.Overlay, "overlays", "*.json");
        Add(FuzzKind.Plan, "plans", "*.json");
        Add(FuzzKind.Calibration, "calibration", "*.json");
        Seeds = seeds;
    }

    /// <summary>The scratch folder (deleted on dispose).</summary>
    public string Root { get; }

    /// <summary>The copy of <c>scenarios/</c>.</summary>
    public string Scenarios { get; }

    public IReadOnlyList<FuzzSeed> Seeds { get; }

    /// <summary>The copy of the shipped BARLINGMASCAKEB, base of the overlay cases.</summary>
    public string BaseScenario => Path.Combine(Scenarios, "barlingmascakeb.json");

    /// <summary>Where a worker writes an input of <paramref name="kind"/>: in the folder of that kind, so relative paths resolve.</summary>
    public string PathFor(FuzzKind kind, int worker, string extension = ".json") => Path.Combine(Scenarios, kind switch
    {
        FuzzKind.Overlay => "overlays",
        FuzzKind.Plan => "plans",
        FuzzKind.Calibration => "calibration",
        _ => ".",
    }, $"fuzz-w{worker}{extension}");

    /// <summary>A mutated scenario a mutated plan or calibration may point to (in scenarios/, as "../fuzz-wN-scenario.json").</summary>
    public string CompanionPath(int worker) => Path.Combine(Scenarios, $"fuzz-w{worker}-scenario.json");

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* best effort */ }
        catch (UnauthorizedAccessException) { /* best effort */ }
    }
}
