using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KadSim.Tests.Reliability.Fuzz;
using Xunit.Abstractions;

namespace KadSim.Tests.Reliability;

/// <summary>
/// Fuzzing of the shipped scenarios, overlays, sweep plans and calibrations (docs/reliability.md): mutated inputs,
/// deterministic from a seed, through the loaders, the engine and (every few cases) the command line.
/// </summary>
/// <remarks>
/// Normal runs do <see cref="DefaultCases"/> cases. The long mode is an environment variable:
/// <code>KADSIM_FUZZ_CASES=10000 dotnet test KadSim.sln -c Release --filter FullyQualifiedName~Fuzz</code>
/// Other knobs: <c>KADSIM_FUZZ_SEED</c> (default <see cref="DefaultSeed"/>), <c>KADSIM_FUZZ_CASE</c> (run one case
/// again), <c>KADSIM_FUZZ_CLI_EVERY</c> (every n-th case also through <c>kadsim</c>), <c>KADSIM_FUZZ_REPORT</c> (a file
/// to write the counts to). A failing case's input is saved in <c>$TMPDIR/kadsim-fuzz-failures/</c>.
/// </remarks>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public const int DefaultCases = 300;
    public const int DefaultSeed = 20_260_611;

    /// <summary>A case taking longer than this is a failure too: a hostile input must not make a loader crawl.</summary>
    private static readonly TimeSpan SlowCase = TimeSpan.FromSeconds(30);

    [Fact]
    public void MutatedInputsAreRejectedWithFileAndPathOrRunToTheEnd()
    {
        int cases = Env("KADSIM_FUZZ_CASES") ?? DefaultCases;
        int seed = Env("KADSIM_FUZZ_SEED") ?? DefaultSeed;
        int? only = Env("KADSIM_FUZZ_CASE");
        int cliEvery = Math.Max(1, Env("KADSIM_FUZZ_CLI_EVERY") ?? 4);
        int workers = Math.Clamp(Environment.ProcessorCount, 1, 4);

        using var corpus = new FuzzCorpus();
        var failures = new ConcurrentQueue<string>();
        var counts = new ConcurrentDictionary<string, int>();
        var slowest = new ConcurrentBag<(double Seconds, string What)>();
        int cli = 0;
        var clock = Stopwatch.StartNew();
        var indices = only is { } one ? [one] : Enumerable.Range(0, cases).ToArray();

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var oracle = new FuzzOracle(corpus, w);
            for (int k = w; k < indices.Length; k += workers)
            {
                int i = indices[k];
                var rng = new Random(unchecked(seed * 1_000_003 + i));
                var caseClock = Stopwatch.StartNew();
                var input = new FuzzInput { Kind = FuzzKind.Scenario, Seed = "(mutator)" };
                try
                {
                    input = JsonMutator.Create(rng, PickSeed(corpus, rng), PickSeed(corpus, rng, FuzzKind.Scenario), w);
                    var outcome = oracle.Check(input, viaCli: i % cliEvery == 0);
                    counts.AddOrUpdate($"{input.Kind} {outcome.ToString().ToLowerInvariant()}", 1, (_, n) => n + 1);
                }
                catch (Exception e)
                {
                    counts.AddOrUpdate("failed", 1, (_, n) => n + 1);
                    failures.Enqueue($"case {i} (seed {seed}) {input.Describe()}\n  {e.Message.Replace("\n", "\n  ", StringComparison.Ordinal)}\n  input saved as {Save(seed, i, input)}");
                }
                if (caseClock.Elapsed > SlowCase)
                    failures.Enqueue($"case {i} (seed {seed}) took {caseClock.Elapsed.TotalSeconds:F0} s: {input.Describe()}; input saved as {Save(seed, i, input)}");
                slowest.Add((caseClock.Elapsed.TotalSeconds, $"case {i}: {input.Describe()}"));
            }
            Interlocked.Add(ref cli, oracle.CliRuns);
        });

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"fuzz: {indices.Length} cases (seed {seed}, {workers} workers) in {clock.Elapsed.TotalSeconds:F1} s; {cli} also through kadsim in-process");
        foreach (var (key, n) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) report.AppendLine(CultureInfo.InvariantCulture, $"  {key}: {n}");
        report.AppendLine(CultureInfo.InvariantCulture, $"  unhandled exceptions and broken promises: {failures.Count}");
        foreach (var (s, what) in slowest.OrderByDescending(x => x.Seconds).Take(3)) report.AppendLine(CultureInfo.InvariantCulture, $"  slow: {s:F2} s {what}");
        output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("KADSIM_FUZZ_REPORT") is { Length: > 0 } file) File.WriteAllText(file, report.ToString());

        Assert.True(failures.IsEmpty, $"{failures.Count} of {indices.Length} fuzz cases failed:\n\n{string.Join("\n\n", failures.Take(15))}");
        Assert.Equal(indices.Length, counts.Values.Sum());
    }

    private static FuzzSeed PickSeed(FuzzCorpus corpus, Random rng, FuzzKind? kind = null)
    {
        kind ??= rng.NextDouble() switch
        {
            < 0.45 => FuzzKind.Scenario,
            < 0.60 => FuzzKind.Overlay,
            < 0.90 => FuzzKind.Plan,
            _ => FuzzKind.Calibration,
        };
        var seeds = corpus.Seeds.Where(s => s.Kind == kind).ToList();
        return seeds[rng.Next(seeds.Count)];
    }

    private static string Save(int seed, int index, FuzzInput input)
    {
        var dir = Path.Combine(Path.GetTempPath(), "kadsim-fuzz-failures");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"{seed}-{index}-{input.Kind.ToString().ToLowerInvariant()}.json");
        File.WriteAllBytes(file, input.Bytes);
        return file;
    }

    private static int? Env(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
