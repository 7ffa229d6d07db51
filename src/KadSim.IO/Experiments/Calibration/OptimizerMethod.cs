namespace KadSim.IO.Experiments.Calibration;

/// <summary>Which local optimiser refines the best ABC sample.</summary>
public enum OptimizerMethod
{
    /// <summary>MathNet.Numerics' Nelder–Mead simplex (derivative-free), on the unit cube of the priors.</summary>
    NelderMead,
    /// <summary>No optimisation: the fit is the best ABC sample.</summary>
    None,
}
