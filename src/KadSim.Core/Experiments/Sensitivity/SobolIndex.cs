namespace KadSim.Experiments.Sensitivity;

/// <summary>
/// Variance-based sensitivity of the output to one parameter (Sobol' 1993; Saltelli et al. 2010):
/// the first-order index <see cref="S1"/> is the share of output variance explained by the parameter
/// alone, the total-order index <see cref="ST"/> the share it explains including all its
/// interactions. ST − S1 therefore measures interaction; ST ≈ 0 means the parameter can be fixed.
/// Each comes with a bootstrap percentile confidence interval.
/// </summary>
public readonly record struct SobolIndex(
    double S1,
    double S1Low,
    double S1High,
    double ST,
    double STLow,
    double STHigh);
