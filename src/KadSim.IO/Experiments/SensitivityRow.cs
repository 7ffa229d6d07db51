namespace KadSim.IO.Experiments;

/// <summary>
/// One parameter's sensitivity for one metric. Sobol: S1 and ST with confidence bounds. Morris: μ, μ*
/// (in the metric's units per full range of the parameter) and σ; the Sobol fields are NaN.
/// </summary>
public sealed record SensitivityRow(string Metric, string Parameter, double S1, double S1Low, double S1High, double ST, double STLow, double STHigh,
    double Mu, double MuStar, double Sigma);
