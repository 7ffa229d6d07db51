using System.Diagnostics;
using System.Runtime.InteropServices;
using KadSim.Engine;
using KadSim.State;

namespace KadSim.Benchmarks;

/// <summary>
/// <c>--profile N [ticks]</c>: a CPU-time breakdown of one run of the generated N-region world by process
/// (where the tick's time goes), with generation and build times. Times are this thread's CPU time
/// (CLOCK_THREAD_CPUTIME_ID), so other processes on a busy machine distort them less than wall time.
/// </summary>
internal static class Profiler
{
    public static void Run(int regions, int ticks)
    {
        // Warm-up: a small world's full run gets every process to optimised (tier-1) code first.
        Measure(Worlds.Simulation(Worlds.Spec(2000)).World, int.MaxValue, new long[Schedule.Default.Processes.Count + 1]);
        var sw = Stopwatch.StartNew();
        var spec = Worlds.Spec(regions);
        Console.WriteLine($"generate   {sw.Elapsed.TotalSeconds,8:F2} s  ({spec.Regions.Count} regions, {spec.Bodies.Count} bodies, {spec.Trust.Count} explicit trust pairs)");
        sw.Restart();
        var sim = Worlds.Simulation(spec);
        var w = sim.World;
        Console.WriteLine($"build      {sw.Elapsed.TotalSeconds,8:F2} s  ({w.Members.Count} memberships, {w.Trust.Edges} trust edges, {w.Programmes.Count} programmes, {w.Grants.Count} grants)");
        var processes = Schedule.Default.Processes;
        var time = new long[processes.Count + 1];
        ticks = Math.Min(ticks, w.Calendar.Ticks);
        var active = new int[ticks];
        double total = Measure(w, ticks, time, active);
        Console.WriteLine($"run        {total,8:F2} s  {ticks} ticks: {(double)regions * ticks / total / 1e6:F1} M region-ticks/s, {total / ticks * 1e3:F2} ms/tick, {w.Events.Count} events");
        Console.WriteLine($"  active bodies: tick 0 {active[0]}, 60 {active[Math.Min(60, ticks - 1)]}, 120 {active[Math.Min(120, ticks - 1)]}, last {active[^1]}, mean {active.Average():F0} of {w.Bodies.Count}");
        for (int k = 0; k <= processes.Count; k++)
        {
            string name = k < processes.Count ? processes[k].Name : "(reset flows)";
            double s = time[k] / 1e9;
            Console.WriteLine($"  {name,-18} {s * 1e3 / ticks,9:F3} ms/tick  {100 * s / total,5:F1} %");
        }
    }

    /// <summary>Runs <paramref name="ticks"/> ticks process by process, adding each one's time; returns seconds.</summary>
    private static double Measure(World w, int ticks, long[] time, int[]? active = null)
    {
        var processes = Schedule.Default.Processes;
        ticks = Math.Min(ticks, w.Calendar.Ticks - 1 - w.Tick);
        long start = ThreadClock.Now();
        for (int t = 0; t < ticks; t++)
        {
            long a = ThreadClock.Now();
            w.Tick++;
            Simulation.ResetFlows(w);
            long b = ThreadClock.Now();
            time[^1] += b - a;
            for (int k = 0; k < processes.Count; k++)
            {
                processes[k].Step(w);
                long c = ThreadClock.Now();
                time[k] += c - b;
                b = c;
            }
            if (active is not null) foreach (var s in w.Bodies.Status) if (s == BodyStatus.Active) active[t]++;
        }
        return (ThreadClock.Now() - start) / 1e9;
    }
}

/// <summary>CPU time of the calling thread, nanoseconds (Linux; wall time elsewhere).</summary>
internal static class ThreadClock
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    public static long Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTime, out var t) == 0) return t.Seconds * 1_000_000_000 + t.Nanoseconds;
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }
}
