namespace KadSim.Events;

/// <summary>
/// Append-only log of what happened in a run. A plain growable array of structs: pre-sized so a
/// typical run never grows it inside the tick loop.
/// </summary>
public sealed class EventLog
{
    private SimEvent[] _items;

    public EventLog(int capacity = 4096) => _items = new SimEvent[Math.Max(16, capacity)];

    public int Count { get; private set; }

    public ReadOnlySpan<SimEvent> AsSpan() => _items.AsSpan(0, Count);

    public ReadOnlySpan<SimEvent> Since(int start) => _items.AsSpan(start, Count - start);

    public SimEvent this[int i] => i < Count ? _items[i] : throw new ArgumentOutOfRangeException(nameof(i));

    public void Add(in SimEvent e)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = e;
    }

    public int CountOf(EventKind kind)
    {
        int n = 0;
        foreach (ref readonly var e in AsSpan()) if (e.Kind == kind) n++;
        return n;
    }
}
