using KadSim.Observation;

namespace KadSim.IO.Output;

/// <summary>A completed, committed run: its folder, summary, manifest and the row count of each table.</summary>
public sealed record RunResult(string OutDir, RunSummary Summary, string ManifestPath, IReadOnlyList<RunOutput> Outputs)
{
    /// <summary>Rows of one table (e.g. <see cref="TraceTables.Events"/>); 0 if it is not among the outputs.</summary>
    public long RowsOf(string table) => Outputs.FirstOrDefault(o => o.File == table)?.Rows ?? 0;
}
