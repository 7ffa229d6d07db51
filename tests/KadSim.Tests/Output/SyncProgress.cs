namespace KadSim.Tests.Output;

/// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>), so a test can react at an exact tick.</summary>
internal sealed class SyncProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
