namespace KadSim.IO.Output;

/// <summary>One table file of a run (a bare name inside the run folder) and its number of rows.</summary>
public sealed record RunOutput(string File, long Rows);
