using System.Globalization;
using KadSim.Charts.Reports;
using KadSim.IO.Experiments.Calibration;
using KadSim.Notebooks;

namespace KadSim;

/// <summary>
/// A finished calibration (ABC rejection from the priors, then Nelder–Mead from the best sample), as <c>kadsim calibrate</c>:
/// every ABC sample, each parameter's posterior, the fitted values and how well they reproduce each target.
/// </summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class KadCalibration
{
    internal KadCalibration(CalibrationResult result, string? folder)
    {
        Result = result;
        Folder = folder is null ? null : Path.GetFullPath(folder);
    }

    public CalibrationResult Result { get; }

    /// <summary>Where abc_samples.csv, posterior.csv and fit.json were written (null if not written).</summary>
    public string? Folder { get; }

    public string Name => Result.Calibration.Calibration.Name ?? Path.GetFileNameWithoutExtension(Result.Calibration.File);

    /// <summary>Every ABC sample (accepted or not).</summary>
    public IReadOnlyList<AbcSample> Samples => Result.Samples;

    /// <summary>Each parameter's ABC posterior (the accepted samples): mean, sd, 5/50/95%.</summary>
    public IReadOnlyList<PosteriorSummary> Posterior => Result.Posterior;

    /// <summary>The optimiser's fit: values, distance, each target simulated vs observed.</summary>
    public CalibrationFit Fit => Result.Fit;

    /// <summary>Fitted value per parameter column (e.g. market_size, reputationGain, learningRate).</summary>
    public IReadOnlyDictionary<string, double> Best =>
        Result.Calibration.Columns.Select((c, k) => (c, k)).ToDictionary(x => x.c, x => Fit.Values[x.k]);

    /// <summary>The calibration's scenario with the fitted values set: run it as an ensemble to check the fit out of sample (other seeds).</summary>
    public KadScenario Fitted
    {
        get
        {
            var cal = Result.Calibration;
            var files = cal.Template.Files.Select(Path.GetFullPath).ToList();
            var sets = cal.Template.Overrides.Concat(cal.Calibration.Parameters.Select((p, k) => $"{p.Key}={Kad.Format(Fit.Values[k])}")).ToList();
            return new KadScenario(files[0], files.Skip(1).ToList(), sets, "fitted");
        }
    }

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var cal = Result.Calibration;
        var lines = new List<string>
        {
            string.Create(c, $"{Name}: {cal.Dimensions} parameters fitted to {cal.Metrics.Length} targets with {cal.Replications} replications per evaluation. " +
                $"ABC kept the best {cal.Accepted} of {Samples.Count} prior samples; Nelder–Mead then evaluated {Fit.Evaluations} more parameter vectors ({Fit.Exit}) " +
                $"and lowered the distance from {Fit.AbcBestDistance:0.###} to {Fit.Distance:0.###} (in target scale units)."),
            "Fitted values (ABC posterior 5–95% in brackets):",
        };
        for (int k = 0; k < Posterior.Count; k++)
        {
            var p = Posterior[k];
            lines.Add(string.Create(c, $"  {p.Name} = {G(Fit.Values[k])} [{G(p.Q05)} – {G(p.Q95)}], prior {G(p.Min)} – {G(p.Max)}"));
        }
        lines.Add("Targets (observed vs fitted model):");
        foreach (var t in Fit.Targets)
            lines.Add(string.Create(c, $"  {t.Metric}: observed {V(t.Metric, t.Observed)}, simulated {t.Statistic.ToString().ToLowerInvariant()} {V(t.Metric, t.Simulated)} ({(t.Residual >= 0 ? "+" : "")}{t.Residual:0.00} scale units; {t.RunsWithValue} of {cal.Replications} runs)"));
        return string.Join(Environment.NewLine, lines);
    }

    private static string G(double v) => Math.Abs(v) >= 1e6 ? v.ToString("0.###e0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string V(string metric, double v) => metric.Contains("value", StringComparison.Ordinal) ? ReportText.Rupiah(v) : ReportText.Number(v, "0.##");
}
