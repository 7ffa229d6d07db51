using System.Globalization;
using KadSim.Experiments.Designs;
using KadSim.Experiments.Sensitivity;

namespace KadSim.IO.Experiments;

/// <summary>
/// Runs a global sensitivity analysis over a plan's parameters: builds a Saltelli or Morris design on the
/// unit cube, runs every point with the plan's replications under common random numbers (through the
/// resumable <see cref="SweepRunner"/>, so an interrupted analysis resumes), averages each metric over the
/// replications and estimates the indices.
/// </summary>
public static class SensitivityRunner
{
    public const string ResultName = "sensitivity.csv";

    public static (LoadedPlan Design, object Estimator) Design(LoadedPlan plan, SensitivityMethod method, int n, ulong seed)
    {
        int d = plan.Plan.Parameters.Count;
        if (d == 0) throw new ArgumentException("a sensitivity analysis needs at least one parameter with a range or values");
        if (n < 2) throw new ArgumentException($"--samples {n}: need at least 2");
        // Check the design's size before building it: Saltelli N·(d + 2) points, Morris r·(d + 1).
        long points = (long)n * (method == SensitivityMethod.Sobol ? d + 2 : d + 1);
        string what = method == SensitivityMethod.Sobol ? $"N·(d + 2) = {n:N0} × {d + 2}" : $"r·(d + 1) = {n:N0} × {d + 1}";
        if (points > SweepPlan.MaxPoints)
            throw new ArgumentException($"the {method} design has {what} = {points:N0} points, over the limit of {SweepPlan.MaxPoints:N0} (SweepPlan.MaxPoints); lower --samples");
        if (points * d > SweepPlan.MaxDesignValues)
            throw new ArgumentException($"the {method} design has {points:N0} points × {d} parameters, over the limit of {SweepPlan.MaxDesignValues:N0} values (SweepPlan.MaxDesignValues); lower --samples");
        if (points * plan.Replications > SweepPlan.MaxRuns)
            throw new ArgumentException($"the {method} design has {points:N0} points × {plan.Replications:N0} replications, over the limit of {SweepPlan.MaxRuns:N0} runs (SweepPlan.MaxRuns); lower --samples or the plan's replications");
        if (method == SensitivityMethod.Sobol)
        {
            if (2 * d > SobolSequence.MaxDimensions) throw new ArgumentException($"Sobol analysis supports at most {SobolSequence.MaxDimensions / 2} parameters, the plan has {d}");
            var saltelli = new SaltelliDesign(d, n, seed, SaltelliSampling.Sobol);
            return (plan.WithPoints(PlanLoader.FromUnit(plan.Plan.Parameters, saltelli.Points.Points), $"sobol-{n}"), saltelli);
        }
        var morris = new MorrisDesign(d, n, seed);
        return (plan.WithPoints(PlanLoader.FromUnit(plan.Plan.Parameters, morris.Points.Points), $"morris-{n}"), morris);
    }

    /// <summary>Estimates the indices from the run table of a finished design run.</summary>
    public static IReadOnlyList<SensitivityRow> Estimate(LoadedPlan design, object estimator, string runsDir, IReadOnlyList<string> metrics, ulong seed)
    {
        var table = RunTableReader.Read(runsDir);
        var points = table.Columns["point"].Select(v => (int)v!).ToArray();
        var rows = new List<SensitivityRow>();
        var names = design.Columns;
        foreach (var metric in metrics)
        {
            var values = table.Numbers(metric).ToArray();
            var sum = new double[design.Points.Count];
            var count = new int[design.Points.Count];
            for (int i = 0; i < values.Length; i++)
            {
                // NaN (e.g. never dormant) counts as missing; a point with no value gets the metric's mean below.
                if (!double.IsFinite(values[i])) continue;
                sum[points[i]] += values[i];
                count[points[i]]++;
            }
            double overall = count.Sum() == 0 ? 0 : sum.Sum() / count.Sum();
            var y = sum.Select((s, p) => count[p] == 0 ? overall : s / count[p]).ToArray();
            switch (estimator)
            {
                case SaltelliDesign saltelli:
                    var idx = saltelli.Estimate(y);
                    for (int k = 0; k < names.Length; k++)
                    {
                        var s = idx[k];
                        rows.Add(new SensitivityRow(metric, names[k], s.S1, s.S1Low, s.S1High, s.ST, s.STLow, s.STHigh, double.NaN, double.NaN, double.NaN));
                    }
                    break;
                case MorrisDesign morris:
                    var ee = morris.Analyze(y);
                    for (int k = 0; k < names.Length; k++)
                    {
                        var e = ee[k];
                        rows.Add(new SensitivityRow(metric, names[k], double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, e.Mu, e.MuStar, e.Sigma));
                    }
                    break;
            }
        }
        return rows;
    }

    public static void WriteCsv(string path, IReadOnlyList<SensitivityRow> rows)
    {
        static string F(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
        var lines = new List<string> { "metric,parameter,s1,s1_low,s1_high,st,st_low,st_high,mu,mu_star,sigma" };
        lines.AddRange(rows.Select(r => string.Join(',', r.Metric, r.Parameter, F(r.S1), F(r.S1Low), F(r.S1High), F(r.ST), F(r.STLow), F(r.STHigh), F(r.Mu), F(r.MuStar), F(r.Sigma))));
        var tmp = path + ".partial";
        File.WriteAllLines(tmp, lines);
        File.Move(tmp, path, overwrite: true);
    }
}
