namespace KadSim.Cli;

/// <summary>Process exit codes (documented in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>A bug or an environment failure (disk full, permissions): not the user's input.</summary>
    public const int InternalError = 1;
    /// <summary>Bad input: a scenario, overlay, --set value or command-line option the user can fix.</summary>
    public const int BadInput = 2;
    /// <summary>Interrupted (Ctrl-C); partial outputs removed.</summary>
    public const int Cancelled = 130;
}
