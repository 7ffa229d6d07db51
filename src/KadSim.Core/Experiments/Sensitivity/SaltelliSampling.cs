namespace KadSim.Experiments.Sensitivity;

/// <summary>How <see cref="SaltelliDesign"/> fills its base matrices A and B.</summary>
public enum SaltelliSampling
{
    /// <summary>
    /// A and B are the first and last d columns of a 2d-dimensional Sobol' sequence, as recommended by
    /// Saltelli et al. (2010): quasi-random points make the estimators converge much faster.
    /// Deterministic; the seed only keys the bootstrap.
    /// </summary>
    Sobol = 0,

    /// <summary>
    /// A and B are independent uniform samples from keyed randomness: plain Monte Carlo, for which the
    /// bootstrap intervals are calibrated, and not limited in dimension.
    /// </summary>
    Random = 1,
}
