using System.CommandLine;
using KadSim.Cli.Commands;

namespace KadSim.Cli;

/// <summary>The <c>kadsim</c> command line. <see cref="Invoke"/> is the whole program, callable in-process by tests.</summary>
public static class KadSimCli
{
    public static RootCommand Build(CliContext ctx) => new("kadsim: agent-based simulator of inter-regional cooperation (Kerjasama Antar Daerah) between Indonesian local governments.\nExit codes: 0 ok, 1 internal error, 2 bad input (scenario, overlay, --set or options), 130 cancelled.")
    {
        RunCommand.Create(ctx),
        ValidateCommand.Create(ctx),
        SchemaCommand.Create(ctx),
        EnsembleCommand.Create(ctx),
        SweepCommand.Create(ctx),
        MergeCommand.Create(ctx),
        CalibrateCommand.Create(ctx),
        SensitivityCommand.Create(ctx),
        ReportCommand.Create(ctx),
        ChartCommand.Create(ctx),
        GenerateCommand.Create(ctx),
    };

    public static int Invoke(string[] args, CliContext ctx)
    {
        var root = Build(ctx);
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = ctx.Output, Error = ctx.Error, EnableDefaultExceptionHandler = false };
        try
        {
            int code = parse.Invoke(config);
            return parse.Errors.Count > 0 ? ExitCodes.BadInput : code;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ctx.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InternalError;
        }
        catch (Exception e)
        {
            // A bug, not the user's mistake: say so plainly; the stack trace only on request.
            ctx.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("KADSIM_DEBUG") == "1") ctx.Error.WriteLine(e);
            else ctx.Error.WriteLine("(set KADSIM_DEBUG=1 for details, and please report it)");
            return ExitCodes.InternalError;
        }
    }
}
