namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// The optimiser's result: the best parameter values found (the best ABC sample if the optimiser is off or
/// finds nothing better), their distance and per-target fit, the number of distinct parameter vectors the
/// optimiser evaluated, and how it stopped (Converged, MaxIterations or Skipped).
/// </summary>
public sealed record CalibrationFit(
    OptimizerMethod Method,
    double[] Values,
    double Distance,
    double AbcBestDistance,
    int Evaluations,
    string Exit,
    IReadOnlyList<TargetFit> Targets);
