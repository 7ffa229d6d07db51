namespace KadSim.Charts;

/// <summary>A figure reported by a field study and the model's ensemble estimate of it (mean and 5–95%).</summary>
public sealed record CaseFigure(string Label, double Reported, double SimulatedMean, double SimulatedLow, double SimulatedHigh, string Unit);
