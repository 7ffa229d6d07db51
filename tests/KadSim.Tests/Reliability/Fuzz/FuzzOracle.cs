using KadSim.Cli;
using KadSim.Engine;
using KadSim.IO.Experiments;
using KadSim.IO.Experiments.Calibration;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.Tests.Reliability.Fuzz;

/// <summary>What one case came to.</summary>
internal enum FuzzOutcome { Rejected, Accepted }

/// <summary>A broken promise: an unhandled exception, a rejection without file or path, an accepted file that did not run.</summary>
internal sealed class FuzzViolation(string message) : Exception(message);

/// <summary>
/// Feeds one fuzz input to its loader and checks the promises of docs/reliability.md: no unhandled exception; a
/// rejection lists problems that each name a file and a JSON path; an accepted input runs to the end. Every
/// <c>cliEvery</c>-th case also goes through the command line in-process (<see cref="KadSimCli.Invoke"/>): exit code
/// 0 or 2, never "internal error".
/// </summary>
internal sealed class FuzzOracle(FuzzCorpus corpus, int worker)
{
    public int CliRuns { get; private set; }

    public FuzzOutcome Check(FuzzInput input, bool viaCli)
    {
        var path = corpus.PathFor(input.Kind, worker);
        File.WriteAllBytes(path, input.Bytes);
        if (input.Companion is { } companion) File.WriteAllBytes(corpus.CompanionPath(worker), companion);
        if (input.Design is { } design) File.WriteAllBytes(corpus.PathFor(input.Kind, worker, design.Extension), design.Bytes);

        var outcome = input.Kind switch
        {
            FuzzKind.Scenario => Scenario(path, [], path),
            FuzzKind.Overlay => Scenario(corpus.BaseScenario, [path], path),
            FuzzKind.Plan => Plan(path),
            _ => Calibration(path),
        };
        if (viaCli && input.Kind != FuzzKind.Calibration) Cli(input.Kind, path, outcome);
        return outcome;
    }

    private static T Guard<T>(string what, Func<T> f)
    {
        try
        {
            return f();
        }
        catch (FuzzViolation)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new FuzzViolation($"unhandled exception in {what}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    private static void Problems(IReadOnlyList<ScenarioProblem> problems, IReadOnlyCollection<string>? sources, string what)
    {
        if (problems.Count == 0) throw new FuzzViolation($"{what}: rejected with no problem listed");
        foreach (var p in problems)
        {
            if (string.IsNullOrEmpty(p.Source) || (sources is not null && !sources.Contains(p.Source)))
                throw new FuzzViolation($"{what}: problem does not name the file: {p} (source '{p.Source}', expected one of {string.Join(", ", sources ?? [])})");
            if (!p.Path.StartsWith('$')) throw new FuzzViolation($"{what}: problem has no JSON path: {p}");
            if (string.IsNullOrWhiteSpace(p.Message)) throw new FuzzViolation($"{what}: problem without a message: {p}");
            if (!p.ToString().Contains(p.Source, StringComparison.Ordinal)) throw new FuzzViolation($"{what}: problem text does not name the file: {p}");
        }
    }

    private static void RunToEnd(ScenarioSpec spec, string what)
    {
        var sim = Guard($"{what} (building the run)", () => new Simulation(spec, seed: 11));
        Guard($"{what} (running)", () => sim.RunToEnd());
        if (!sim.Finished) throw new FuzzViolation($"{what}: the run stopped before its end month");
    }

    private static FuzzOutcome Scenario(string baseFile, string[] overlays, string mutated)
    {
        var result = Guard("ScenarioLoader.Load", () => ScenarioLoader.Load(baseFile, overlays));
        if (!result.Ok)
        {
            Problems(result.Problems, [baseFile, .. overlays, ScenarioLoader.SetSource], "scenario");
            return FuzzOutcome.Rejected;
        }
        RunToEnd(result.Spec!, "accepted scenario");
        return FuzzOutcome.Accepted;
    }

    private static FuzzOutcome Plan(string path)
    {
        var (plan, problems) = Guard("PlanLoader.Load", () => PlanLoader.Load(path));
        if (plan is null)
        {
            Problems(problems, [path], "plan");
            return FuzzOutcome.Rejected;
        }
        // Every point binds (the loader checked the extremes); the first and last run to the end.
        RunToEnd(Guard("LoadedPlan.SpecOf(first)", () => plan.SpecOf(0)), "first point of an accepted plan");
        if (plan.Points.Count > 1) RunToEnd(Guard("LoadedPlan.SpecOf(last)", () => plan.SpecOf(plan.Points.Count - 1)), "last point of an accepted plan");
        return FuzzOutcome.Accepted;
    }

    private static FuzzOutcome Calibration(string path)
    {
        var (cal, problems) = Guard("CalibrationLoader.Load", () => CalibrationLoader.Load(path));
        if (cal is null)
        {
            // A calibration's scenario problems name the scenario (or overlay) file they are in, whichever it is.
            Problems(problems, null, "calibration");
            return FuzzOutcome.Rejected;
        }
        RunToEnd(cal.Template.Base, "scenario of an accepted calibration");
        var middle = Enumerable.Range(0, cal.Dimensions).Select(k => 0.5 * (cal.Min[k] + cal.Max[k])).ToArray();
        RunToEnd(Guard("LoadedCalibration.SpecAt", () => cal.SpecAt(middle)), "middle of the priors of an accepted calibration");
        return FuzzOutcome.Accepted;
    }

    private void Cli(FuzzKind kind, string path, FuzzOutcome outcome)
    {
        CliRuns++;
        var outDir = Path.Combine(corpus.Root, $"out-w{worker}");
        string[] args = kind switch
        {
            FuzzKind.Scenario => ["run", path, "--out", outDir, "--force", "--seed", "3"],
            FuzzKind.Overlay => ["validate", corpus.BaseScenario, "--overlay", path],
            // Only run 0 of the plan: shard 0 of a billion.
            _ => ["sweep", path, "--out", outDir, "--force", "--shards", "1000000000", "--shard", "0", "--threads", "1"],
        };
        var o = new StringWriter();
        var e = new StringWriter();
        int code = KadSimCli.Invoke(args, new CliContext(o, e, interactive: false));
        var err = e.ToString();
        if (code is not (ExitCodes.Ok or ExitCodes.BadInput) || err.Contains("internal error", StringComparison.Ordinal))
            throw new FuzzViolation($"kadsim {string.Join(' ', args)} → exit {code}:\n{err}");
        if (outcome == FuzzOutcome.Accepted && code != ExitCodes.Ok)
            throw new FuzzViolation($"kadsim {string.Join(' ', args)}: the loader accepted the file but the command exited {code}:\n{err}");
        if (outcome == FuzzOutcome.Rejected && (code != ExitCodes.BadInput || !err.Contains(path, StringComparison.Ordinal)))
            throw new FuzzViolation($"kadsim {string.Join(' ', args)}: the loader rejected the file but the command exited {code} or did not name the file:\n{err}");
        if (kind == FuzzKind.Scenario && code == ExitCodes.Ok && !File.Exists(Path.Combine(outDir, "manifest.json")))
            throw new FuzzViolation($"kadsim run exited 0 without a manifest in {outDir}");
    }
}
