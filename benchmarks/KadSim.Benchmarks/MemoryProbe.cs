using System.Diagnostics;
using System.Globalization;
using KadSim.State;

namespace KadSim.Benchmarks;

/// <summary>
/// <c>--memory N</c>: peak memory of a generated N-region world over a whole run (one core, no observer): the managed
/// heap after generating the scenario, after building the world and after the run (GC.GetTotalMemory after a full
/// collection), the process's peak working set, and the sizes of the world's largest parts.
/// </summary>
internal static class MemoryProbe
{
    public static void Run(int regions)
    {
        static double MB(long bytes) => bytes / 1048576.0;
        static string F(double v) => v.ToString("N0", CultureInfo.InvariantCulture);
        long baseline = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var spec = Worlds.Spec(regions);
        long afterSpec = GC.GetTotalMemory(true);
        var sim = Worlds.Simulation(spec);
        long afterBuild = GC.GetTotalMemory(true);
        var w = sim.World;
        var built = sw.Elapsed;
        sw.Restart();
        while (!sim.Finished) sim.Step();
        var ran = sw.Elapsed;
        long afterRun = GC.GetTotalMemory(true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();

        long trust = (long)w.Trust.Edges * (4 + 8 + 8) + (w.Trust.RowStart.Length + w.Trust.RowVersion.Length) * 4L;
        long regionColumns = (long)w.Regions.Count * (6 * 4 + 14 * 8 + 1 + 2 * 8); // ints, doubles, flag, id/name references
        long slots = (long)w.Members.Count * (6 * 4 + 6 * 8 + 8) + (long)w.Bodies.PairEdge.Length * 4;
        long events = (long)w.Events.Count * 32;
        Console.WriteLine($"peak memory, {regions:N0} regions ({w.Bodies.Count:N0} bodies, {w.Members.Count:N0} memberships, {w.Trust.Edges:N0} trust edges), {w.Calendar.Ticks} ticks");
        Console.WriteLine($"  managed heap after the scenario is generated  {F(MB(afterSpec - baseline)),8} MB  (the ScenarioSpec: kept alive by World.Spec)");
        Console.WriteLine($"  managed heap after the world is built        {F(MB(afterBuild - baseline)),8} MB  (+{F(MB(afterBuild - afterSpec))} MB of columns, trust network, pre-sized event log; built in {built.TotalSeconds:F1} s)");
        Console.WriteLine($"  managed heap after the run                   {F(MB(afterRun - baseline)),8} MB  ({F(w.Events.Count)} events; run in {ran.TotalSeconds:F1} s)");
        Console.WriteLine($"  peak working set of the process              {F(MB(process.PeakWorkingSet64)),8} MB");
        Console.WriteLine($"  of which (estimates): trust network {F(MB(trust))} MB, region columns {F(MB(regionColumns))} MB, membership slots and pair index {F(MB(slots))} MB, events logged {F(MB(events))} MB");
        GC.KeepAlive(sim);
    }
}
