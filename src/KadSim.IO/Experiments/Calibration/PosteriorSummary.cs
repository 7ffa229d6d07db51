namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// The ABC posterior of one parameter (its accepted samples): mean, standard deviation (n − 1; NaN for one
/// sample) and 5/50/95 % quantiles (type 7), with the prior range it was drawn from.
/// </summary>
public sealed record PosteriorSummary(string Name, string Key, double Min, double Max, int Accepted, double Mean, double Sd, double Q05, double Q50, double Q95);
