using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>A scenario key fitted by a calibration, with a uniform prior on [min, max].</summary>
public sealed class CalibrationParameter
{
    [Required, Description("Scenario key as in --set, e.g. 'parameters:learningRate' or 'bodies:0:programmes:0:marketSizePerYear'.")]
    public string? Key { get; set; }

    [Description("Column name in the outputs; default: the key's last part (or the key with ':' → '_' if that is ambiguous).")]
    public string? Name { get; set; }

    [Required, Description("Lower end of the uniform prior.")]
    public double? Min { get; set; }

    [Required, Description("Upper end of the uniform prior (above min).")]
    public double? Max { get; set; }
}
