using System.CommandLine;
using System.Globalization;
using KadSim.IO.Experiments;
using KadSim.IO.Output;

namespace KadSim.Cli.Commands;

/// <summary>
/// <c>kadsim sweep</c>: runs a sweep plan, resumably, optionally as one shard of many (Slurm job arrays)
/// or one line of a JSONL design (the EMEWS/OpenMOLE contract).
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CliContext ctx)
    {
        var planArg = new Argument<FileInfo>("plan") { Description = "Sweep plan (JSON), e.g. scenarios/plans/barlingmascakeb-lhs.json" };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Output folder (default: out/<plan file name>)" };
        var shard = new Option<int?>("--shard") { Description = "Run only shard K (0-based) of --shards; default $SLURM_ARRAY_TASK_ID (relative to $SLURM_ARRAY_TASK_MIN)" };
        var shards = new Option<int?>("--shards") { Description = "Number of shards; default $SLURM_ARRAY_TASK_COUNT, else 1" };
        var line = new Option<int?>("--line") { Description = "Run only design point N (0-based line of a JSONL/CSV design) into <out>/line=N; exit 0 only on success" };
        var threads = CommonOptions.Threads();
        var force = new Option<bool>("--force") { Description = "Replace results of a different plan in the output folder" };
        var cmd = new Command("sweep", "Run a sweep plan (grid, Latin hypercube, Sobol or a design file) with replications; write a Hive-partitioned run table (runs/shard=K/*.parquet) and sweep.json. Rerunning resumes.")
        {
            planArg, outDir, shard, shards, line, threads, force,
        };
        cmd.SetAction((parse, ct) =>
        {
            var file = parse.GetValue(planArg)!;
            var (plan, problems) = PlanLoader.Load(file.ToString());
            if (plan is null)
            {
                ScenarioProblemPrinter.Print(ctx.Error, problems, "plan");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var dir = parse.GetValue(outDir)?.ToString() ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name));
            if (OutputGuard.Folder(dir) is { } bad)
            {
                ctx.Error.WriteLine("error: " + bad);
                return Task.FromResult(ExitCodes.BadInput);
            }
            int nShards = parse.GetValue(shards) ?? Env("SLURM_ARRAY_TASK_COUNT") ?? 1;
            // Array indices may start above 0 and step (--array=4-10:2): shard = (id − min) / step.
            int k = parse.GetValue(shard) ?? ((Env("SLURM_ARRAY_TASK_ID") - (Env("SLURM_ARRAY_TASK_MIN") ?? 0)) / Math.Max(1, Env("SLURM_ARRAY_TASK_STEP") ?? 1)) ?? 0;
            if (nShards < 1 || k < 0 || k >= nShards)
            {
                ctx.Error.WriteLine($"error: shard {k} of {nShards}: need --shards ≥ 1 and 0 ≤ --shard < --shards");
                return Task.FromResult(ExitCodes.BadInput);
            }
            if (parse.GetValue(line) is { } n)
            {
                if (n < 0 || n >= plan.Points.Count)
                {
                    ctx.Error.WriteLine($"error: --line {n}: the design has {plan.Points.Count} points (0..{plan.Points.Count - 1})");
                    return Task.FromResult(ExitCodes.BadInput);
                }
                plan = plan.OnlyPoint(n);
                dir = Path.Combine(dir, $"line={n}");
            }
            try
            {
                var result = SweepConsole.Run(ctx, $"{plan.Plan.Name ?? file.Name}" + (nShards > 1 ? $" shard {k}/{nShards}" : ""), plan, dir,
                    new SweepOptions { Shard = k, Shards = nShards, MaxThreads = parse.GetValue(threads), Force = parse.GetValue(force) }, ct);
                ctx.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"done: {result.ShardRuns:N0} runs in this shard ({result.Ran:N0} run now, {result.Resumed:N0} found done); run table: {result.RunsDir}"));
                if (nShards > 1) ctx.Output.WriteLine($"after all shards: kadsim merge {dir}");
            }
            catch (OutputExistsException e)
            {
                ctx.Error.WriteLine("error: " + e.Message);
                return Task.FromResult(ExitCodes.BadInput);
            }
            catch (InvalidDataException e)
            {
                ctx.Error.WriteLine("error: " + e.Message);
                return Task.FromResult(ExitCodes.BadInput);
            }
            catch (OperationCanceledException)
            {
                ctx.Error.WriteLine("cancelled: completed runs are kept; run the same command again to resume");
                return Task.FromResult(ExitCodes.Cancelled);
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }

    private static int? Env(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
