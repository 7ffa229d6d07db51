namespace KadSim.IO.Experiments.Calibration;

/// <summary>The two steps of a calibration.</summary>
public enum CalibrationPhase
{
    /// <summary>ABC rejection: evaluating the Latin-hypercube samples of the priors.</summary>
    Abc,
    /// <summary>Local optimisation from the best ABC sample.</summary>
    Optimizer,
}
