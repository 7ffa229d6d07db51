using KadSim.Experiments.Designs;
using KadSim.Scenario;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// Runs a calibration: ABC rejection sampling from the priors, then a local optimiser from the best sample.
/// </summary>
/// <remarks>
/// Every evaluation uses the same replications (seed, run 0..R−1): common random numbers, so the distance is
/// a deterministic function of the parameters and the optimiser compares parameter vectors, not noise.
/// Runs are executed in parallel but their results are stored by index and reduced in a fixed order, so the
/// outputs are bit-identical whatever the thread count.
/// <list type="number">
/// <item>ABC rejection (Pritchard et al. 1999; Beaumont et al. 2002): <c>samples</c> parameter vectors from the
/// uniform priors as a Latin hypercube (seeded by the calibration's seed); the <c>accept</c> fraction with the
/// smallest distance is the posterior sample (ties broken by sample index).</item>
/// <item>Nelder–Mead (MathNet.Numerics' <see cref="NelderMeadSimplex"/>) on the unit cube of the priors, values
/// mapped to [min, max] and clamped, started at the best ABC sample with an initial step of <c>initialStep</c>
/// of each prior's width (towards the inside of the cube). The fit is the best vector evaluated.</item>
/// </list>
/// </remarks>
public static class CalibrationRunner
{
    public static CalibrationResult Run(LoadedCalibration cal, CalibrationOptions? options = null, CancellationToken ct = default)
    {
        options ??= new CalibrationOptions();
        int threads = Math.Max(1, options.MaxThreads ?? Environment.ProcessorCount);
        var samples = RunAbc(cal, threads, options.Progress, ct);
        var posterior = Posterior(cal, samples);
        var fit = Optimise(cal, samples, threads, options.Progress, ct);
        return new CalibrationResult(cal, samples, posterior, fit);
    }

    /// <summary>Evaluates one parameter vector: all replications (in parallel), then the target statistics and distance.</summary>
    public static CalibrationEvaluation Evaluate(LoadedCalibration cal, double[] values, int? maxThreads = null, CancellationToken ct = default)
    {
        var spec = cal.SpecAt(values);
        var runs = new double[cal.Replications][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxThreads ?? Environment.ProcessorCount), CancellationToken = ct };
        Parallel.For(0, runs.Length, parallel, r => runs[r] = CalibrationMetric.Measure(spec, cal.Seed, r, cal.Metrics, ct));
        return cal.Summarise(values, runs);
    }

    private static List<AbcSample> RunAbc(LoadedCalibration cal, int threads, IProgress<CalibrationProgress>? progress, CancellationToken ct)
    {
        int n = cal.Calibration.Abc.Samples, reps = cal.Replications;
        var unit = LatinHypercube.Create(n, cal.Dimensions, cal.Seed).Points;
        var evaluations = new CalibrationEvaluation[n];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = ct };
        int batch = Math.Clamp(threads * 4, 1, n);
        double best = double.PositiveInfinity;
        progress?.Report(new CalibrationProgress(CalibrationPhase.Abc, 0, n, best));
        for (int start = 0; start < n; start += batch)
        {
            ct.ThrowIfCancellationRequested();
            int count = Math.Min(batch, n - start);
            var values = new double[count][];
            var runs = new double[count][][];
            for (int i = 0; i < count; i++)
            {
                values[i] = cal.ToValues(unit[start + i]);
                runs[i] = new double[reps][];
            }
            // Bind the samples' scenarios in parallel too; an invalid one is reported as itself (the first by index).
            var specs = new ScenarioSpec[count];
            var invalid = new ScenarioException?[count];
            Parallel.For(0, count, parallel, i =>
            {
                try { specs[i] = cal.SpecAt(values[i]); }
                catch (ScenarioException e) { invalid[i] = e; }
            });
            if (invalid.FirstOrDefault(e => e is not null) is { } error) throw error;
            // Flatten samples × replications so that the cores stay busy whatever the replication count.
            Parallel.For(0, (long)count * reps, parallel, j =>
            {
                int i = (int)(j / reps), r = (int)(j % reps);
                runs[i][r] = CalibrationMetric.Measure(specs[i], cal.Seed, r, cal.Metrics, ct);
            });
            for (int i = 0; i < count; i++)
            {
                evaluations[start + i] = cal.Summarise(values[i], runs[i]);
                best = Math.Min(best, evaluations[start + i].Distance);
            }
            progress?.Report(new CalibrationProgress(CalibrationPhase.Abc, start + count, n, best, start + count == n));
        }
        var accepted = Enumerable.Range(0, n).OrderBy(i => evaluations[i].Distance).ThenBy(i => i).Take(cal.Accepted).ToHashSet();
        return [.. Enumerable.Range(0, n).Select(i => new AbcSample(i, unit[i], evaluations[i], accepted.Contains(i)))];
    }

    private static List<PosteriorSummary> Posterior(LoadedCalibration cal, IReadOnlyList<AbcSample> samples)
    {
        var accepted = samples.Where(s => s.Accepted).ToList();
        var list = new List<PosteriorSummary>();
        for (int k = 0; k < cal.Dimensions; k++)
        {
            var xs = accepted.Select(s => s.Evaluation.Values[k]).ToArray();
            double mean = xs.Sum() / xs.Length;
            double sd = xs.Length < 2 ? double.NaN : Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Length - 1));
            var sorted = xs.Order().ToArray();
            var p = cal.Calibration.Parameters[k];
            list.Add(new PosteriorSummary(cal.Columns[k], p.Key!, cal.Min[k], cal.Max[k], xs.Length, mean, sd,
                EnsembleSummary.Q(sorted, 0.05), EnsembleSummary.Q(sorted, 0.5), EnsembleSummary.Q(sorted, 0.95)));
        }
        return list;
    }

    private static CalibrationFit Optimise(LoadedCalibration cal, IReadOnlyList<AbcSample> samples, int threads, IProgress<CalibrationProgress>? progress, CancellationToken ct)
    {
        var start = samples.OrderBy(s => s.Evaluation.Distance).ThenBy(s => s.Index).First();
        var settings = cal.Calibration.Optimizer;
        if (settings.Method == OptimizerMethod.None)
        {
            progress?.Report(new CalibrationProgress(CalibrationPhase.Optimizer, 0, 0, start.Evaluation.Distance, Finished: true));
            return Fit(cal, settings.Method, start.Evaluation, start.Evaluation.Distance, 0, "Skipped");
        }

        // The objective is deterministic (common random numbers), so a vector seen before is not run again;
        // clamping maps every point outside the cube onto its boundary, which NM visits often.
        var cache = new Dictionary<string, CalibrationEvaluation>(StringComparer.Ordinal);
        var best = start.Evaluation;
        int max = settings.MaxIterations;
        progress?.Report(new CalibrationProgress(CalibrationPhase.Optimizer, 0, max, best.Distance));
        double Objective(Vector<double> u)
        {
            ct.ThrowIfCancellationRequested();
            var values = cal.ToValues([.. u]);
            var key = string.Join(",", values.Select(LoadedCalibration.Format));
            if (!cache.TryGetValue(key, out var ev))
            {
                ev = Evaluate(cal, values, threads, ct);
                cache[key] = ev;
                if (ev.Distance < best.Distance) best = ev;
                progress?.Report(new CalibrationProgress(CalibrationPhase.Optimizer, cache.Count, max, best.Distance));
            }
            return ev.Distance;
        }

        var x0 = Vector<double>.Build.DenseOfArray(start.Unit);
        var step = Vector<double>.Build.Dense(cal.Dimensions, k => start.Unit[k] + settings.InitialStep <= 1 ? settings.InitialStep : -settings.InitialStep);
        string exit;
        try
        {
            var result = NelderMeadSimplex.Minimum(ObjectiveFunction.Value(Objective), x0, step, settings.Tolerance, settings.MaxIterations);
            exit = result.ReasonForExit.ToString();
        }
        catch (MaximumIterationsException)
        {
            exit = "MaxIterations";
        }
        progress?.Report(new CalibrationProgress(CalibrationPhase.Optimizer, cache.Count, max, best.Distance, Finished: true));
        return Fit(cal, settings.Method, best, start.Evaluation.Distance, cache.Count, exit);
    }

    private static CalibrationFit Fit(LoadedCalibration cal, OptimizerMethod method, CalibrationEvaluation best, double abcBest, int evaluations, string exit)
    {
        var targets = cal.Metrics.Select((m, k) => new TargetFit(m.Name, cal.Statistics[k], cal.Observed[k], best.Statistics[k], cal.Scales[k],
            (best.Statistics[k] - cal.Observed[k]) / cal.Scales[k], best.RunsWithValue[k])).ToList();
        return new CalibrationFit(method, best.Values, best.Distance, abcBest, evaluations, exit, targets);
    }
}
