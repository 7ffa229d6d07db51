using System.Globalization;
using System.Text;
using System.Text.Json;
using KadSim.IO.Output;
using KadSim.IO.Scenarios;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// Writes a calibration's results, each file atomically (temporary name, then rename): <c>abc_samples.csv</c>
/// (every ABC sample: parameters, target statistics, distance, accepted), <c>posterior.csv</c> (mean, sd and
/// quantiles of the accepted samples per parameter) and <c>fit.json</c> (the optimiser's result and each
/// target's simulated vs observed value). Nothing time- or machine-dependent is written, so the same
/// calibration gives byte-identical files.
/// </summary>
public static class CalibrationOutputs
{
    public const string SamplesName = "abc_samples.csv";
    public const string PosteriorName = "posterior.csv";
    public const string FitName = "fit.json";

    /// <summary>Writes the three files into <paramref name="outDir"/> (created if needed); returns their paths.</summary>
    public static IReadOnlyList<string> Write(CalibrationResult result, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var paths = new[] { Path.Combine(outDir, SamplesName), Path.Combine(outDir, PosteriorName), Path.Combine(outDir, FitName) };
        Atomic(paths[0], SamplesCsv(result));
        Atomic(paths[1], PosteriorCsv(result));
        Atomic(paths[2], FitJson(result));
        return paths;
    }

    /// <summary>Column name of a target's statistic in <c>abc_samples.csv</c>, e.g. <c>mean_auction_value_2004_2009</c>.</summary>
    public static string TargetColumn(TargetFit t) => $"{t.Statistic.ToString().ToLowerInvariant()}_{t.Metric}";

    public static string SamplesCsv(CalibrationResult result)
    {
        var cal = result.Calibration;
        var sb = new StringBuilder();
        var header = new List<string> { "sample" };
        header.AddRange(cal.Columns);
        header.AddRange(result.Fit.Targets.Select(TargetColumn));
        header.AddRange(["distance", "accepted"]);
        sb.AppendJoin(',', header.Select(Csv)).Append('\n');
        foreach (var s in result.Samples)
        {
            sb.Append(s.Index.ToString(CultureInfo.InvariantCulture));
            foreach (var v in s.Evaluation.Values) sb.Append(',').Append(F(v));
            foreach (var v in s.Evaluation.Statistics) sb.Append(',').Append(F(v));
            sb.Append(',').Append(F(s.Evaluation.Distance)).Append(',').Append(s.Accepted ? "true" : "false").Append('\n');
        }
        return sb.ToString();
    }

    public static string PosteriorCsv(CalibrationResult result)
    {
        var sb = new StringBuilder("parameter,key,prior_min,prior_max,accepted,mean,sd,q05,q50,q95,fit\n");
        for (int k = 0; k < result.Posterior.Count; k++)
        {
            var p = result.Posterior[k];
            sb.AppendJoin(',', Csv(p.Name), Csv(p.Key), F(p.Min), F(p.Max), p.Accepted.ToString(CultureInfo.InvariantCulture),
                F(p.Mean), F(p.Sd), F(p.Q05), F(p.Q50), F(p.Q95), F(result.Fit.Values[k])).Append('\n');
        }
        return sb.ToString();
    }

    public static string FitJson(CalibrationResult result)
    {
        var cal = result.Calibration;
        var fit = result.Fit;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("tool", "kadsim");
            w.WriteString("version", RunManifest.ToolVersion().Version);
            w.WriteString("calibration", Path.GetFileName(cal.File));
            if (cal.Calibration.Name is { } name) w.WriteString("name", name);
            w.WriteString("scenario", cal.Template.Base.Name);
            w.WriteString("scenarioHash", ScenarioJson.Hash(cal.Template.Base));
            w.WriteNumber("seed", cal.Seed);
            w.WriteNumber("replications", cal.Replications);

            w.WriteStartObject("abc");
            w.WriteNumber("samples", result.Samples.Count);
            w.WriteNumber("accepted", result.Samples.Count(s => s.Accepted));
            Num(w, "bestDistance", fit.AbcBestDistance);
            Num(w, "acceptedMaxDistance", result.Samples.Where(s => s.Accepted).Max(s => s.Evaluation.Distance));
            w.WriteEndObject();

            w.WriteStartObject("optimizer");
            w.WriteString("method", fit.Method.ToString());
            w.WriteNumber("maxIterations", cal.Calibration.Optimizer.MaxIterations);
            w.WriteNumber("evaluations", fit.Evaluations);
            w.WriteString("exit", fit.Exit);
            w.WriteEndObject();

            Num(w, "distance", fit.Distance);
            w.WriteStartArray("parameters");
            for (int k = 0; k < cal.Dimensions; k++)
            {
                var p = result.Posterior[k];
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteString("key", p.Key);
                Num(w, "min", p.Min);
                Num(w, "max", p.Max);
                Num(w, "value", fit.Values[k]);
                Num(w, "posteriorMean", p.Mean);
                Num(w, "posteriorSd", p.Sd);
                Num(w, "posteriorQ05", p.Q05);
                Num(w, "posteriorQ50", p.Q50);
                Num(w, "posteriorQ95", p.Q95);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("targets");
            foreach (var t in fit.Targets)
            {
                w.WriteStartObject();
                w.WriteString("metric", t.Metric);
                w.WriteString("statistic", t.Statistic.ToString().ToLowerInvariant());
                Num(w, "observed", t.Observed);
                Num(w, "simulated", t.Simulated);
                Num(w, "scale", t.Scale);
                Num(w, "residual", t.Residual);
                w.WriteNumber("runsWithValue", t.RunsWithValue);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Num(Utf8JsonWriter w, string name, double v)
    {
        if (double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Atomic(string path, string text)
    {
        var tmp = path + "." + Environment.ProcessId + ".partial";
        File.WriteAllText(tmp, text);
        File.Move(tmp, path, overwrite: true);
    }

    private static string F(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Csv(string s) => s.IndexOfAny([',', '"', '\n']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}
