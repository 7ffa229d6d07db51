using Spectre.Console;

namespace KadSim.Cli;

/// <summary>Where a command writes: standard output for results, standard error for problems. Injectable for tests.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        // Logs and pipes have no width: don't let tables wrap to the 80-column default.
        if (!interactive) Console.Profile.Width = 200;
    }

    public TextWriter Output { get; }
    public TextWriter Error { get; }
    public bool Interactive { get; }
    public IAnsiConsole Console { get; }

    public static CliContext FromProcess() =>
        new(System.Console.Out, System.Console.Error,
            !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null);
}
