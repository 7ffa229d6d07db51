namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// How well the fitted parameters reproduce one target: the simulated statistic against the observed value,
/// the normalised residual (simulated − observed) / scale, and how many replications gave the metric a value.
/// </summary>
public sealed record TargetFit(string Metric, TargetStatistic Statistic, double Observed, double Simulated, double Scale, double Residual, int RunsWithValue);
