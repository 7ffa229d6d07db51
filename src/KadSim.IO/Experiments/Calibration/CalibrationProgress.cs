namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// Progress of a calibration: in the ABC phase, samples evaluated of all samples; in the optimiser phase,
/// distinct parameter vectors evaluated, of a budget of about <see cref="Total"/> (the optimiser's maxIterations).
/// <see cref="BestDistance"/> is the smallest distance so far; <see cref="Finished"/> marks the phase's last report.
/// </summary>
public readonly record struct CalibrationProgress(CalibrationPhase Phase, int Done, int Total, double BestDistance, bool Finished = false);
