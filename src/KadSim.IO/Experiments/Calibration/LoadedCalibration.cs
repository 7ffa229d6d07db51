using System.Globalization;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// A validated calibration: its scenario template, parameter columns and parsed target metrics, and the
/// objective — the distance of a parameter vector's simulated statistics from the targets.
/// </summary>
public sealed class LoadedCalibration
{
    /// <summary>
    /// What a target adds to the distance, in scale units, when no replication gives its metric a value
    /// (e.g. dormant_year when the body never goes dormant): large, but finite so the optimiser can move on.
    /// </summary>
    public const double MissingPenalty = 10;

    internal LoadedCalibration(string file, CalibrationFile calibration, ScenarioTemplate template, string[] columns, CalibrationMetric[] metrics)
    {
        File = file;
        FilePath = Path.GetFullPath(file);
        Calibration = calibration;
        Template = template;
        Columns = columns;
        Metrics = metrics;
        Min = calibration.Parameters.Select(p => p.Min!.Value).ToArray();
        Max = calibration.Parameters.Select(p => p.Max!.Value).ToArray();
        Observed = calibration.Targets.Select(t => t.Value!.Value).ToArray();
        Scales = calibration.Targets.Select(t => t.Scale!.Value).ToArray();
        Statistics = calibration.Targets.Select(t => t.Statistic).ToArray();
    }

    /// <summary>The calibration file as the user named it.</summary>
    public string File { get; }
    public string FilePath { get; }
    public CalibrationFile Calibration { get; }
    public ScenarioTemplate Template { get; }
    /// <summary>Output column name of each parameter.</summary>
    public string[] Columns { get; }
    /// <summary>The metric of each target.</summary>
    public CalibrationMetric[] Metrics { get; }
    public double[] Min { get; }
    public double[] Max { get; }
    public double[] Observed { get; }
    public double[] Scales { get; }
    public TargetStatistic[] Statistics { get; }

    public int Dimensions => Min.Length;
    public int Replications => Calibration.Replications;
    public ulong Seed => (ulong)Calibration.Seed;

    /// <summary>Number of ABC samples accepted: the accept fraction of the samples, rounded, at least one.</summary>
    public int Accepted => Math.Clamp((int)Math.Round(Calibration.Abc.Samples * Calibration.Abc.Accept, MidpointRounding.AwayFromZero), 1, Calibration.Abc.Samples);

    /// <summary>Maps unit coordinates onto the priors' ranges, clamping each to [0, 1] first.</summary>
    public double[] ToValues(IReadOnlyList<double> unit)
    {
        var v = new double[Dimensions];
        for (int k = 0; k < v.Length; k++)
        {
            double u = double.IsNaN(unit[k]) ? 0.5 : Math.Clamp(unit[k], 0, 1);
            v[k] = u >= 1 ? Max[k] : Math.Clamp(Min[k] + u * (Max[k] - Min[k]), Min[k], Max[k]);
        }
        return v;
    }

    /// <summary>Unit coordinates of parameter values.</summary>
    public double[] ToUnit(IReadOnlyList<double> values)
    {
        var u = new double[Dimensions];
        for (int k = 0; k < u.Length; k++) u[k] = (values[k] - Min[k]) / (Max[k] - Min[k]);
        return u;
    }

    /// <summary>The scenario with the parameters set to <paramref name="values"/>; throws <see cref="ScenarioException"/> if that is invalid.</summary>
    public ScenarioSpec SpecAt(IReadOnlyList<double> values)
    {
        var r = Template.With(Calibration.Parameters.Select((p, k) => new KeyValuePair<string, string>(p.Key!, Format(values[k]))), "calibration");
        if (r.Spec is { } spec) return spec;
        var at = string.Join(", ", Columns.Select((c, k) => $"{c}={Format(values[k])}"));
        throw new ScenarioException([.. r.Problems.Select(p => p with { Message = $"at {at}: {p.Message}" })]);
    }

    /// <summary>Summarises the replications' metric values (<paramref name="runs"/>[r][target]) into the target statistics and the distance.</summary>
    public CalibrationEvaluation Summarise(double[] values, double[][] runs)
    {
        int n = Metrics.Length;
        var stats = new double[n];
        var counts = new int[n];
        double sum = 0;
        for (int k = 0; k < n; k++)
        {
            var xs = new List<double>(runs.Length);
            foreach (var run in runs) if (double.IsFinite(run[k])) xs.Add(run[k]);
            counts[k] = xs.Count;
            stats[k] = Statistic(xs, Statistics[k]);
            double z = double.IsFinite(stats[k]) ? (stats[k] - Observed[k]) / Scales[k] : MissingPenalty;
            sum += z * z;
        }
        return new CalibrationEvaluation(values, stats, counts, Math.Sqrt(sum));
    }

    /// <summary>Mean or median of finite values, in the given order (so sums are reproducible); NaN if there are none.</summary>
    public static double Statistic(IReadOnlyList<double> xs, TargetStatistic statistic)
    {
        if (xs.Count == 0) return double.NaN;
        if (statistic == TargetStatistic.Median) return EnsembleSummary.Q([.. xs.Order()], 0.5);
        double s = 0;
        foreach (var x in xs) s += x;
        return s / xs.Count;
    }

    internal static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
