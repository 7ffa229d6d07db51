using KadSim.Cli;

namespace KadSim.Tests;

/// <summary>Runs the kadsim command in-process, non-interactive, capturing standard output and error.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Kadsim(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = KadSimCli.Invoke(args, new CliContext(o, e, interactive: false));
        return (code, o.ToString(), e.ToString());
    }
}
