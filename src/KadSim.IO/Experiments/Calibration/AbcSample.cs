namespace KadSim.IO.Experiments.Calibration;

/// <summary>One prior sample of the ABC step: its index, unit coordinates, evaluation, and whether it was accepted.</summary>
public sealed record AbcSample(int Index, double[] Unit, CalibrationEvaluation Evaluation, bool Accepted);
