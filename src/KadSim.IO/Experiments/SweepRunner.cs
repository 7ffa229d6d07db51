using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KadSim.Engine;
using KadSim.IO.Output;
using KadSim.IO.Scenarios;

namespace KadSim.IO.Experiments;

/// <summary>
/// Executes a sweep (or one shard of it) in parallel across cores, resumably. Run r is design point
/// r / replications, replicate r mod replications, with keyed randomness (seed, r), so any split into
/// shards, threads or restarts gives the same rows. Rows go to part files written atomically under
/// <c>runs/shard=K/</c> (Hive partitioning); a restart skips the runs already in them, so a kill loses
/// at most the batch in flight and never duplicates a run.
/// </summary>
public static class SweepRunner
{
    public const string ManifestName = "sweep.json";

    public static SweepResult Run(LoadedPlan plan, string outDir, SweepOptions options, CancellationToken ct = default)
    {
        if (options.Shards < 1 || options.Shard < 0 || options.Shard >= options.Shards)
            throw new ArgumentException($"shard {options.Shard} of {options.Shards}: need 0 ≤ shard < shards");
        Directory.CreateDirectory(outDir);
        PrepareFolder(plan, outDir, options.Force);

        var shardDir = Path.Combine(outDir, "runs", $"shard={options.Shard}");
        // A part being written when the last attempt was killed: never read as results, removed before resuming.
        if (Directory.Exists(shardDir))
            foreach (var stale in Directory.EnumerateFiles(shardDir, "*" + RunFolder.PartialSuffix))
            {
                try { File.Delete(stale); }
                catch (IOException) { /* another process's part: left alone */ }
            }
        var done = RunTable.ReadRuns(shardDir).Select(r => r - plan.SeedOffset).ToHashSet();
        var todo = new List<long>();
        long shardRuns = 0;
        for (long r = options.Shard; r < plan.Runs; r += options.Shards)
        {
            shardRuns++;
            if (!done.Contains(r)) todo.Add(r);
        }
        int threads = Math.Max(1, options.MaxThreads ?? Environment.ProcessorCount);
        int batch = options.BatchSize > 0 ? options.BatchSize : Math.Clamp(threads * 256, 256, 8192);
        long resumed = shardRuns - todo.Count;
        options.Progress?.Report(new SweepProgress(0, todo.Count, resumed));

        long ran = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = ct };
        for (int start = 0; start < todo.Count; start += batch)
        {
            ct.ThrowIfCancellationRequested();
            int n = Math.Min(batch, todo.Count - start);
            var records = new RunRecord[n];
            Parallel.For(0, n, parallel, i =>
            {
                long local = todo[start + i];
                int slot = (int)(local / plan.Replications), rep = (int)(local % plan.Replications);
                int point = plan.Points[slot].Index;
                long r = local + plan.SeedOffset;
                var spec = plan.SpecOf(slot);
                var summary = plan.Plan.Outputs.Traces
                    ? TraceRun.Run(spec, Path.Combine(outDir, "traces", $"point={point}", $"replicate={rep}"),
                        new RunRequest { Seed = plan.Seed, RunIndex = plan.Plan.CommonRandomNumbers ? rep : checked((int)r), Force = true, ScenarioFiles = plan.Template.Files, Overrides = [.. plan.Values(plan.Points[slot]).Select(kv => $"{kv.Key}={kv.Value}")] }, null, ct).Summary
                    : new Simulation(spec, plan.Seed, plan.Plan.CommonRandomNumbers ? rep : checked((int)r)).RunToEnd(cancel: ct);
                records[i] = new RunRecord(r, point, rep, plan.Seed, summary);
            });
            RunTable.Write(Path.Combine(shardDir, $"part-{todo[start] + plan.SeedOffset:D10}.parquet"), records, plan.Columns, plan.Numeric, p => plan.Points[p - plan.Points[0].Index].Values);
            ran += n;
            options.Progress?.Report(new SweepProgress(ran, todo.Count, resumed));
        }
        File.WriteAllText(Path.Combine(shardDir, "_SUCCESS"), $"{shardRuns}\n");
        return new SweepResult(outDir, shardRuns, ran, resumed, Path.Combine(outDir, "runs"));
    }

    /// <summary>Identity of a plan's results: same hash ⇒ its rows may be resumed or merged.</summary>
    public static string Fingerprint(LoadedPlan plan)
    {
        var text = new StringBuilder();
        text.Append(ScenarioJson.Hash(plan.Template.Base)).Append('|').Append(plan.Seed).Append('|').Append(plan.Replications).Append('|');
        text.AppendJoin(',', plan.Columns).Append('|').AppendJoin(',', plan.Plan.Parameters.Select(p => p.Key)).Append('|').AppendJoin(',', plan.Plan.Set).Append('|').Append(plan.Plan.Outputs.Traces).Append('|').Append(plan.Plan.CommonRandomNumbers);
        // Hashed as it is written, a point at a time: a design of a million points never becomes one string.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var p in plan.Points)
        {
            text.Append('|').AppendJoin(',', p.Values);
            if (text.Length > 1 << 16) Flush();
        }
        Flush();
        return Convert.ToHexStringLower(hash.GetHashAndReset());

        void Flush()
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
            text.Clear();
        }
    }

    /// <summary>The fingerprint recorded in a sweep manifest, or null if the file is not one (damaged, or another program's).</summary>
    private static string? ReadFingerprint(string manifestPath)
    {
        var bytes = InputFile.TryRead(manifestPath, out _, maxBytes: 64L << 20);
        if (bytes is null) return null;
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("fingerprint", out var f) && f.ValueKind == JsonValueKind.String
                ? f.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void PrepareFolder(LoadedPlan plan, string outDir, bool force)
    {
        var manifestPath = Path.Combine(outDir, ManifestName);
        var fingerprint = Fingerprint(plan);
        if (File.Exists(manifestPath))
        {
            var old = ReadFingerprint(manifestPath);
            if (old == fingerprint) return; // resume, or another shard of the same sweep
            if (!force)
                throw new OutputExistsException(old is null
                    ? $"'{outDir}' holds a {ManifestName} that is not the manifest of a KadSim sweep; use another --out, or --force to replace it"
                    : $"'{outDir}' holds results of a different plan (fingerprint {old[..Math.Min(12, old.Length)]}); use another --out, or --force to replace them");
            foreach (var sub in new[] { "runs", "traces" })
                if (Directory.Exists(Path.Combine(outDir, sub))) Directory.Delete(Path.Combine(outDir, sub), recursive: true);
            File.Delete(Path.Combine(outDir, SweepMerge.MergedName)); // the old plan's merged table
        }
        var manifest = new
        {
            tool = "kadsim",
            version = RunManifest.ToolVersion().Version,
            gitCommit = RunManifest.ToolVersion().GitCommit,
            plan = plan.PlanPath,
            name = plan.Plan.Name,
            fingerprint,
            scenarioHash = ScenarioJson.Hash(plan.Template.Base),
            seed = plan.Seed,
            points = plan.Points.Count,
            replications = plan.Replications,
            runs = plan.Runs,
            firstRun = plan.SeedOffset,
            parameters = plan.Plan.Parameters.Select((p, k) => new { key = p.Key, column = plan.Columns[k], p.Min, p.Max, p.Values }),
            design = plan.Plan.Design,
            metrics = RunTable.Metrics,
        };
        var tmp = manifestPath + "." + Environment.ProcessId + ".partial";
        File.WriteAllText(tmp, JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        File.Move(tmp, manifestPath, overwrite: true);
    }
}
