using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace KadSim.IO.Experiments;

/// <summary>
/// Joins the shards of a sweep (e.g. the tasks of a Slurm job array) into one run table,
/// <c>runs.parquet</c>, sorted by run, after checking that every run of the plan is there exactly once.
/// </summary>
public static class SweepMerge
{
    public const string MergedName = "runs.parquet";

    /// <summary>Returns the merged file's path; throws <see cref="InvalidDataException"/> naming missing or duplicated runs.</summary>
    public static string Merge(string sweepDir)
    {
        var manifest = Path.Combine(sweepDir, SweepRunner.ManifestName);
        if (!File.Exists(manifest)) throw new InvalidDataException($"'{sweepDir}' holds no sweep ({SweepRunner.ManifestName} not found)");
        long expected, first = 0;
        using (var doc = JsonDocument.Parse(File.ReadAllText(manifest)))
        {
            expected = doc.RootElement.GetProperty("runs").GetInt64();
            // A --line folder holds one point's runs, numbered as in the full sweep.
            if (doc.RootElement.TryGetProperty("firstRun", out var f)) first = f.GetInt64();
        }

        var table = RunTableReader.Read(Path.Combine(sweepDir, "runs"));
        var runs = table.Rows == 0 ? [] : table.Columns["run"].Select(v => (long)v! - first).ToArray();
        var seen = new bool[expected];
        var duplicates = new List<long>();
        foreach (var r in runs)
        {
            if (r < 0 || r >= expected) throw new InvalidDataException($"run {r + first} is outside the plan's runs {first}..{first + expected - 1}");
            if (seen[r]) duplicates.Add(r);
            seen[r] = true;
        }
        var missing = Enumerable.Range(0, (int)expected).Where(i => !seen[i]).Select(i => i + first).ToList();
        if (duplicates.Count > 0) throw new InvalidDataException($"{duplicates.Count} runs appear twice (e.g. {string.Join(", ", duplicates.Take(5))}): shards overlap");
        if (missing.Count > 0) throw new InvalidDataException($"{missing.Count} of {expected} runs are missing (e.g. {string.Join(", ", missing.Take(5))}): some shards did not finish");

        var order = Enumerable.Range(0, table.Rows).OrderBy(i => runs[i]).ToArray();
        var fields = table.Fields.Select(f => f.ClrType == typeof(double) && f.IsNullable ? new DataField<double?>(f.Name) : f).ToList();
        var schema = new ParquetSchema(fields.Cast<Field>().ToArray());
        var path = Path.Combine(sweepDir, MergedName);
        var tmp = path + ".partial";
        using (var stream = File.Create(tmp))
        {
            Task.Run(async () =>
            {
                await using var writer = await ParquetWriter.CreateAsync(schema, stream);
                using var rg = writer.CreateRowGroup();
                foreach (var f in schema.DataFields)
                {
                    var col = table.Columns[f.Name];
                    if (f.ClrType == typeof(string) || f.ClrType == typeof(ReadOnlyMemory<char>)) await rg.WriteAsync(f, order.Select(i => (string?)col[i]).ToArray());
                    else if (f.ClrType == typeof(long)) await rg.WriteAsync(f, (ReadOnlyMemory<long>)order.Select(i => (long)col[i]!).ToArray());
                    else if (f.ClrType == typeof(int)) await rg.WriteAsync(f, (ReadOnlyMemory<int>)order.Select(i => (int)col[i]!).ToArray());
                    else if (f.IsNullable) await rg.WriteAsync(f, (ReadOnlyMemory<double?>)order.Select(i => (double)col[i]! is var d && double.IsNaN(d) ? (double?)null : d).ToArray());
                    else await rg.WriteAsync(f, (ReadOnlyMemory<double>)order.Select(i => (double)col[i]!).ToArray());
                }
            }).GetAwaiter().GetResult();
        }
        File.Move(tmp, path, overwrite: true);
        return path;
    }
}
