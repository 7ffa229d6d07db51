using System.CommandLine;

namespace KadSim.Cli;

/// <summary>Options shared by the commands that load a scenario.</summary>
internal static class CommonOptions
{
    public static Argument<FileInfo> Scenario() => new("scenario")
    {
        Description = "Scenario file (JSON), e.g. scenarios/barlingmascakeb.json",
    };

    public static Option<FileInfo[]> Overlay() => new("--overlay")
    {
        Description = "Overlay file layered on the scenario (repeatable; later overlays win)",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<int?> Threads() => new("--threads")
    {
        Description = "Worker threads (default: all cores). Results do not depend on it.",
    };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override one value, Path:To:Key=value (repeatable; wins over overlays), e.g. --set bodies:0:dues:1:amount=2e8",
        Arity = ArgumentArity.ZeroOrMore,
        HelpName = "key=value",
    };
}
