namespace KadSim.Events;

/// <summary>One logged event. Region, Body and Grant are indices or -1; Detail is a kind-specific code.</summary>
public readonly record struct SimEvent(int Tick, EventKind Kind, int Region, int Body, double Value, int Detail = 0, int Grant = -1);
