namespace KadSim.Experiments.Sensitivity;

/// <summary>
/// Morris screening summary of one parameter's elementary effects: <see cref="Mu"/> their mean
/// (Morris 1991), <see cref="MuStar"/> the mean of their absolute values, which cannot cancel out for
/// non-monotonic effects and is the preferred importance measure (Campolongo, Cariboni and Saltelli
/// 2007), and <see cref="Sigma"/> their sample standard deviation, which is large when the effect
/// depends on the other parameters (interaction) or is non-linear. Units are output per unit of the
/// normalised [0, 1] input.
/// </summary>
public readonly record struct MorrisEffect(double Mu, double MuStar, double Sigma);
