using System.Globalization;
using KadSim.IO.Experiments;
using KadSim.IO.Experiments.Calibration;
using KadSim.Scenario;

namespace KadSim;

/// <summary>
/// The entry point of the KadSim facade: short calls for notebooks and scripts. Everything goes through the
/// same code as the <c>kadsim</c> command (scenario layering, ensembles, sweeps, sensitivity, calibration), so a
/// notebook and the command give the same numbers for the same seed.
/// </summary>
/// <example>
/// <code>
/// var baseline = Kad.Load("scenarios/barlingmascakeb.json");
/// var grant = baseline.With(overlay: "scenarios/overlays/provincial-grant-2011.json");
/// Console.WriteLine(Kad.Compare(baseline.Ensemble(200, seed: 1), grant.Ensemble(200, seed: 1)));
/// </code>
/// </example>
public static class Kad
{
    /// <summary>Default number of replications of an ensemble: enough for a survival share within about ±7 points.</summary>
    public const int DefaultRuns = 200;

    /// <summary>Loads a scenario file (JSON with comments). Relative paths are tried against the working folder, then each folder above it (so "scenarios/…" works from the repository root and from notebooks/).</summary>
    public static KadScenario Load(string scenarioFile) => new(Resolve(scenarioFile), [], [], null);

    /// <summary>
    /// Compares two ensembles run on the same seeds (paired runs): survival probability in each with its Wilson
    /// 95% interval, and the paired difference with its 95% interval — the numbers of <c>kadsim report --whatif</c>.
    /// </summary>
    public static WhatIfAnswer Compare(KadEnsemble baseline, KadEnsemble whatIf) => new(baseline, whatIf);

    /// <summary>A sweep plan file (<c>scenarios/plans/*.json</c>), checked now; change it in code before running it.</summary>
    public static KadSweepPlan Plan(string planFile) => KadSweepPlan.FromFile(Resolve(planFile));

    /// <summary>Runs a sweep plan file into <paramref name="outDir"/> (resumes if the folder holds the same plan, replaces a different one).</summary>
    public static KadSweep Sweep(string planFile, string outDir, int? threads = null) => Plan(planFile).Run(outDir, threads);

    /// <summary>Sobol (default) or Morris sensitivity of a plan's parameters, as <c>kadsim sensitivity</c>.</summary>
    public static KadSensitivity Sensitivity(string planFile, string outDir, SensitivityMethod method = SensitivityMethod.Sobol, int samples = 64,
        IReadOnlyList<string>? metrics = null, int? threads = null) =>
        Plan(planFile).Sensitivity(outDir, method, samples, metrics, threads);

    /// <summary>Runs a calibration file (ABC rejection, then Nelder–Mead) as <c>kadsim calibrate</c>, and writes its outputs into <paramref name="outDir"/> when given.</summary>
    public static KadCalibration Calibrate(string calibrationFile, string? outDir = null, int? threads = null)
    {
        var file = Resolve(calibrationFile);
        var (cal, problems) = CalibrationLoader.Load(file);
        if (cal is null) throw new ScenarioException(problems);
        var result = CalibrationRunner.Run(cal, new CalibrationOptions { MaxThreads = threads });
        if (outDir is not null) CalibrationOutputs.Write(result, outDir);
        return new KadCalibration(result, outDir);
    }

    /// <summary>The run-table metrics that sweeps, sensitivity and calibration can use (<c>years_active</c>, <c>dormant_year</c>, …).</summary>
    public static IReadOnlyList<string> Metrics => RunTable.Metrics;

    /// <summary>The repository's root (the folder with KadSim.sln) at or above the working folder, or null.</summary>
    public static string? RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "KadSim.sln"))) return dir.FullName;
            return null;
        }
    }

    /// <summary>
    /// A full path for <paramref name="path"/>: as is if rooted or if it exists relative to the working folder;
    /// otherwise relative to the first folder above the working folder where it exists; otherwise relative to the working folder.
    /// </summary>
    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path)) return Path.GetFullPath(path);
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(path);
    }

    /// <summary>Rupiah as reports write them: "Rp 321.0 milyar" (10⁹) or "Rp 500 juta" (10⁶).</summary>
    public static string Rupiah(double value) => KadSim.Charts.Reports.ReportText.Rupiah(value);

    /// <summary>A share as a whole percentage: 0.625 → "63%".</summary>
    public static string Percent(double share) => KadSim.Charts.Reports.ReportText.Percent(share);

    /// <summary>A value as a scenario key takes it in an override: numbers round-trip ("R"), booleans lowercase, enums by name, months YYYY-MM.</summary>
    public static string Format(object value) => value switch
    {
        null => throw new ArgumentNullException(nameof(value)),
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        DateOnly d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
