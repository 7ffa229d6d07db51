namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// One evaluation of the objective: the parameter values, each target's statistic over the replications
/// (NaN if no replication gave the metric a value), how many replications did, and the distance
/// sqrt(Σ ((statistic − observed) / scale)²).
/// </summary>
public sealed record CalibrationEvaluation(double[] Values, double[] Statistics, int[] RunsWithValue, double Distance);
