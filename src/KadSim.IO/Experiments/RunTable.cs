using System.Globalization;
using KadSim.Observation;
using Parquet;
using Parquet.Schema;

namespace KadSim.IO.Experiments;

/// <summary>
/// The run table of an ensemble or sweep: one row per run with its parameters and the outcome metrics of
/// its main body. Written in parts, each atomically (temporary name, then rename), so a killed sweep
/// leaves only complete parts; <see cref="ReadRuns"/> lists the runs a folder already holds.
/// </summary>
public static class RunTable
{
    /// <summary>Outcome metric columns (all of the main body), in order; the names used by sensitivity and calibration.</summary>
    public static readonly string[] Metrics =
    [
        "years_active", "months_active", "dormant", "dormant_year", "dues_collected", "grants_received", "own_revenue",
        "auction_value", "auction_realised", "realisation_rate", "benefits", "meetings_held", "meetings_failed",
        "dues_missed", "head_turnovers", "final_mean_trust", "final_mean_commitment", "early_manager_trust",
        "mean_execution", "mean_cost_factor", "highest_stage_index",
    ];

    /// <summary>A metric's value for a run (dormant year: NaN if never dormant).</summary>
    public static double Metric(RunSummary s, string metric)
    {
        var b = s.Main;
        return metric switch
        {
            "years_active" => b.MonthsActive / 12.0,
            "months_active" => b.MonthsActive,
            "dormant" => b.DormantYear is null ? 0 : 1,
            "dormant_year" => b.DormantYear ?? double.NaN,
            "dues_collected" => b.DuesCollected,
            "grants_received" => b.GrantsReceived,
            "own_revenue" => b.OwnRevenue,
            "auction_value" => b.AuctionValue,
            "auction_realised" => b.AuctionRealised,
            "realisation_rate" => b.RealisationRate,
            "benefits" => b.BenefitsDelivered,
            "meetings_held" => b.MeetingsHeld,
            "meetings_failed" => b.MeetingsFailed,
            "dues_missed" => b.DuesMissed,
            "head_turnovers" => s.HeadTurnovers,
            "final_mean_trust" => b.FinalMeanTrust,
            "final_mean_commitment" => b.FinalMeanCommitment,
            "early_manager_trust" => b.EarlyManagerTrust,
            "mean_execution" => b.MeanExecution,
            "mean_cost_factor" => b.MeanCostFactor,
            "highest_stage_index" => (double)b.HighestStage,
            _ => throw new ArgumentException($"unknown metric '{metric}'; known: {string.Join(", ", Metrics)}"),
        };
    }

    /// <summary>Writes <paramref name="records"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, IReadOnlyList<RunRecord> records, string[] paramColumns, bool[] numeric, Func<int, string[]> valuesOf)
    {
        var fields = new List<Field>
        {
            new DataField<long>("run"), new DataField<int>("point"), new DataField<int>("replicate"), new DataField<long>("seed"),
        };
        for (int k = 0; k < paramColumns.Length; k++)
            fields.Add(numeric[k] ? new DataField<double>(paramColumns[k]) : new DataField<string>(paramColumns[k]));
        fields.Add(new DataField<string>("final_status"));
        fields.Add(new DataField<string>("highest_stage"));
        foreach (var m in Metrics) fields.Add(new DataField<double?>(m));
        var schema = new ParquetSchema(fields);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".partial";
        using (var stream = File.Create(tmp))
        {
            Task.Run(async () =>
            {
                await using var writer = await ParquetWriter.CreateAsync(schema, stream);
                using var rg = writer.CreateRowGroup();
                var df = schema.DataFields;
                int c = 0;
                await rg.WriteAsync(df[c++], Mem(records.Select(r => r.Run).ToArray()));
                await rg.WriteAsync(df[c++], Mem(records.Select(r => r.Point).ToArray()));
                await rg.WriteAsync(df[c++], Mem(records.Select(r => r.Replicate).ToArray()));
                await rg.WriteAsync(df[c++], Mem(records.Select(r => unchecked((long)r.Seed)).ToArray()));
                for (int k = 0; k < paramColumns.Length; k++)
                {
                    int kk = k;
                    if (numeric[k])
                        await rg.WriteAsync(df[c++], Mem(records.Select(r => double.Parse(valuesOf(r.Point)[kk], CultureInfo.InvariantCulture)).ToArray()));
                    else
                        await rg.WriteAsync(df[c++], records.Select(r => valuesOf(r.Point)[kk]).ToArray());
                }
                await rg.WriteAsync(df[c++], records.Select(r => r.Summary.Main.FinalStatus.ToString().ToLowerInvariant()).ToArray());
                await rg.WriteAsync(df[c++], records.Select(r => r.Summary.Main.HighestStage.ToString().ToLowerInvariant()).ToArray());
                foreach (var m in Metrics)
                    await rg.WriteAsync(df[c++], Mem(records.Select(r => Metric(r.Summary, m) is var v && double.IsFinite(v) ? v : (double?)null).ToArray()));
            }).GetAwaiter().GetResult();
        }
        File.Move(tmp, path, overwrite: true);
    }

    private static ReadOnlyMemory<T> Mem<T>(T[] values) => values;

    /// <summary>Run indices already written in the part files under <paramref name="dir"/> (recursively).</summary>
    public static HashSet<long> ReadRuns(string dir)
    {
        var done = new HashSet<long>();
        if (!Directory.Exists(dir)) return done;
        foreach (var file in Directory.EnumerateFiles(dir, "*.parquet", SearchOption.AllDirectories))
        {
            Damaged(file, () => Task.Run(async () =>
            {
                await using var reader = await ParquetReader.CreateAsync(file);
                var field = reader.Schema.DataFields.First(f => f.Name == "run");
                for (int g = 0; g < reader.RowGroupCount; g++)
                {
                    using var rg = reader.OpenRowGroupReader(g);
                    var values = new long[rg.RowCount];
                    await rg.ReadAsync<long>(field, values.AsMemory());
                    foreach (var v in values) done.Add(v);
                }
            }).GetAwaiter().GetResult());
        }
        return done;
    }

    /// <summary>
    /// Runs <paramref name="read"/> on a part file; a part that cannot be read (damaged, truncated by hand, not ours)
    /// becomes an <see cref="InvalidDataException"/> naming the file, which the commands report as bad input.
    /// KadSim itself never leaves such a part: parts are written under a temporary name and renamed when complete.
    /// </summary>
    internal static void Damaged(string file, Action read)
    {
        try
        {
            read();
        }
        catch (Exception e) when (e is not (InvalidDataException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InvalidDataException($"{file}: not a readable part of a run table ({e.Message}); move it away and run the command again", e);
        }
    }
}
