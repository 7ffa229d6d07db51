using System.CommandLine;
using KadSim.IO.Experiments;

namespace KadSim.Cli.Commands;

/// <summary><c>kadsim merge</c>: joins the shards of a sweep into runs.parquet after checking every run is there once.</summary>
internal static class MergeCommand
{
    public static Command Create(CliContext ctx)
    {
        var dir = new Argument<DirectoryInfo>("sweep") { Description = "Output folder of a sharded sweep" };
        var cmd = new Command("merge", "Join the shards of a sweep (e.g. a Slurm job array) into <sweep>/runs.parquet, sorted by run; fails if a run is missing or duplicated.")
        {
            dir,
        };
        cmd.SetAction(parse =>
        {
            try
            {
                var path = SweepMerge.Merge(parse.GetValue(dir)!.ToString());
                ctx.Output.WriteLine($"merged: {path}");
                return ExitCodes.Ok;
            }
            catch (InvalidDataException e)
            {
                ctx.Error.WriteLine("error: " + e.Message);
                return ExitCodes.BadInput;
            }
        });
        return cmd;
    }
}
