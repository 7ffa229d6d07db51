using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project benchmarks/KadSim.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(KadSim.Benchmarks.CaseRunBenchmark).Assembly).Run(args);
