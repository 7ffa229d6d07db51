using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>An observed value that a statistic of a metric over the replications is fitted to.</summary>
public sealed class CalibrationTarget
{
    [Required, Description("Outcome metric: a run-table metric (e.g. dormant_year) or an auction-record metric auction_count_<from>_<to> / auction_value_<from>_<to> (e.g. auction_value_2004_2009).")]
    public string? Metric { get; set; }

    [Required, Description("Observed value, in the metric's unit (Rupiah for auction values).")]
    public double? Value { get; set; }

    [Required, Description("Tolerance unit (> 0) that normalises this target's error in the distance.")]
    public double? Scale { get; set; }

    [Description("Statistic over the replications: Mean (default) or Median. Runs without a value (e.g. never dormant) are left out.")]
    public TargetStatistic Statistic { get; set; } = TargetStatistic.Mean;
}
