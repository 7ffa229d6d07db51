namespace KadSim.IO.Experiments.Calibration;

/// <summary>What a calibration produced: all ABC samples, the posterior of each parameter and the optimiser's fit.</summary>
public sealed record CalibrationResult(
    LoadedCalibration Calibration,
    IReadOnlyList<AbcSample> Samples,
    IReadOnlyList<PosteriorSummary> Posterior,
    CalibrationFit Fit);
