using KadSim.IO.Experiments;
using KadSim.Notebooks;

namespace KadSim;

/// <summary>
/// A finished sweep (or the design runs of a sensitivity analysis): its folder and run table — one row per run with
/// the varied parameters and the outcome metrics, Hive-partitioned Parquet under <c>runs/</c>.
/// </summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class KadSweep
{
    private readonly LoadedPlan _plan;
    private RunTableReader? _table;

    internal KadSweep(LoadedPlan plan, string outDir)
    {
        _plan = plan;
        Folder = Path.GetFullPath(outDir);
    }

    public string Name => _plan.Plan.Name ?? "sweep";

    /// <summary>The sweep's folder (plan.json, sweep.json, runs/).</summary>
    public string Folder { get; }

    public int Points => _plan.Points.Count;
    public int Replications => _plan.Replications;
    public long Runs => _plan.Runs;

    /// <summary>Result column of each varied parameter.</summary>
    public IReadOnlyList<string> Parameters => _plan.Columns;

    /// <summary>The scenario key of each varied parameter.</summary>
    public IReadOnlyList<string> Keys => [.. _plan.Plan.Parameters.Select(p => p.Key!)];

    /// <summary>Glob of the run table's part files: <c>FOLDER/runs/**/*.parquet</c>.</summary>
    public string RunsGlob => Path.Combine(Folder, "runs", "**", "*.parquet");

    /// <summary>The run table as a DuckDB table function: <c>SELECT … FROM {sweep.Parquet}</c>.</summary>
    public string Parquet => $"read_parquet('{RunsGlob.Replace("'", "''", StringComparison.Ordinal)}', hive_partitioning = true)";

    /// <summary>The run table read back (all parts, by path).</summary>
    public RunTableReader Table => _table ??= RunTableReader.Read(Path.Combine(Folder, "runs"));

    /// <summary>A numeric column of the run table (a parameter or a metric; NaN where empty), in file order.</summary>
    public double[] Column(string name)
    {
        if (!Table.Columns.ContainsKey(name)) throw new ArgumentException($"the run table has no column '{name}' (have: {string.Join(", ", Table.Columns.Keys)})", nameof(name));
        return [.. Table.Numbers(name)];
    }

    /// <summary>A text column of the run table (e.g. final_status, or a parameter with named values).</summary>
    public string?[] Text(string name) => [.. Table.Columns[name].Select(v => v?.ToString())];

    /// <summary>Joins the run table's parts into <c>runs.parquet</c> (checking every run is there once), as <c>kadsim merge</c>; returns its path.</summary>
    public string Merge() => SweepMerge.Merge(Folder);

    /// <summary>Mean and quantiles of every metric over all runs.</summary>
    public IReadOnlyList<EnsembleSummary> Summary() => EnsembleSummary.Of(Path.Combine(Folder, "runs"));

    public override string ToString() =>
        $"{Name}: {Points:N0} design points × {Replications} replications = {Runs:N0} runs; parameters {string.Join(", ", Parameters.Zip(Keys, (c, k) => c == k ? c : $"{c} ({k})"))}";
}
