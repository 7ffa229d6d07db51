namespace KadSim.IO.Output;

/// <summary>
/// Clears the synchronization context for a scope, so that blocking on Parquet.Net's asynchronous calls from the
/// synchronous <see cref="KadSim.Observation.ITraceWriter"/> cannot deadlock (continuations run on the thread pool).
/// </summary>
internal readonly struct NoSynchronizationContext : IDisposable
{
    private readonly SynchronizationContext? _previous;

    private NoSynchronizationContext(SynchronizationContext? previous) => _previous = previous;

    public static NoSynchronizationContext Enter()
    {
        var previous = SynchronizationContext.Current;
        if (previous is not null) SynchronizationContext.SetSynchronizationContext(null);
        return new NoSynchronizationContext(previous);
    }

    public void Dispose()
    {
        if (_previous is not null) SynchronizationContext.SetSynchronizationContext(_previous);
    }
}
