using System.Globalization;
using BenchmarkDotNet.Running;
using KadSim.Benchmarks;

// The whole suite:  dotnet run -c Release --project benchmarks/KadSim.Benchmarks -- --filter '*'
// Console modes (not BenchmarkDotNet), see docs/performance.md:
//   --profile N [ticks]   CPU time of each process over a run of a generated N-region world
//   --memory N            peak memory of a generated N-region world over a run
//   --chart [folder]      docs/performance-scaling.png from the BenchmarkDotNet CSV reports
static int Int(string s) => int.Parse(s.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture);
switch (args)
{
    case ["--profile", var n, ..]:
        Profiler.Run(Int(n), args.Length >= 3 ? Int(args[2]) : int.MaxValue);
        return 0;
    case ["--memory", var n]:
        MemoryProbe.Run(Int(n));
        return 0;
    case ["--chart", ..]:
        return ScalingChart.Run(args.Length >= 2 ? args[1] : null);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(CaseRunBenchmark).Assembly).Run(args);
        return 0;
}
