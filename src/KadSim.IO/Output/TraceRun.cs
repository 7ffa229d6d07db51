using KadSim.Engine;
using KadSim.Observation;
using KadSim.Scenario;

namespace KadSim.IO.Output;

/// <summary>Runs a scenario once and records its full trace as Parquet tables plus a manifest in an output folder.</summary>
public static class TraceRun
{
    /// <summary>
    /// Prepares <paramref name="outDir"/> (see <see cref="RunFolder.Prepare"/>), runs the scenario with a
    /// <see cref="TraceRecorder"/> writing Parquet, and commits the tables and <c>manifest.json</c>. On any failure,
    /// cancellation included, the partial files are deleted and the exception rethrown: the folder then holds no
    /// manifest and no table of this run.
    /// </summary>
    /// <exception cref="OutputExistsException">The folder holds a completed run and <see cref="RunRequest.Force"/> is false.</exception>
    /// <exception cref="ScenarioException">The scenario is not valid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled before the run ended.</exception>
    public static RunResult Run(ScenarioSpec spec, string outDir, RunRequest request, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        ArgumentNullException.ThrowIfNull(request);
        // Before touching the folder: a scenario that cannot run must not delete a previous run.
        ScenarioValidator.ThrowIfInvalid(spec);
        ct.ThrowIfCancellationRequested();

        var folder = RunFolder.Prepare(outDir, request.Force);
        ParquetTraceWriter? writer = null;
        try
        {
            var simulation = new Simulation(spec, request.Seed, request.RunIndex);
            writer = new ParquetTraceWriter(folder, simulation.Run, ct);
            var summary = simulation.RunToEnd(new TraceRecorder(writer), progress, ct);
            if (!writer.IsComplete) throw new InvalidOperationException("the run ended without completing its trace");
            var outputs = writer.Outputs;
            writer.Dispose();

            var manifest = RunManifest.Create(spec, simulation.Seed, simulation.Run, request.ScenarioFiles,
                request.Overrides, outputs, summary);
            var manifestPath = folder.Commit(TraceTables.All, manifest);
            return new RunResult(folder.Directory, summary, manifestPath, outputs);
        }
        catch
        {
            writer?.Dispose();
            folder.Abandon();
            throw;
        }
    }
}
