namespace KadSim.IO.Experiments;

/// <summary>One point of a sweep's design: a value (as text, as a scenario key takes it) per plan parameter.</summary>
public sealed record DesignPoint(int Index, string[] Values, double[] Numbers);
