namespace KadSim.Events;

/// <summary>A dated change compiled from the scenario, applied at the start of its tick (ODD §3, step 1).</summary>
internal readonly record struct ScheduledEvent(int Tick, ScheduledKind Kind, int A, double Value = 0);
