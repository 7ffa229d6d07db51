namespace KadSim.IO.Experiments.Calibration;

/// <summary>How a target summarises a metric over the replications of an evaluation.</summary>
public enum TargetStatistic
{
    /// <summary>Arithmetic mean of the runs' finite values.</summary>
    Mean,
    /// <summary>Median (type-7 quantile) of the runs' finite values.</summary>
    Median,
}
