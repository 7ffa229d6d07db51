namespace KadSim.Scenario;

/// <summary>
/// One thing wrong with a scenario: where (a JSON path such as <c>$.bodies[0].members[2].region</c>),
/// the bad value, what is wrong and what is allowed. The I/O layer adds the file that supplied the value.
/// </summary>
public sealed record ScenarioProblem(string Path, string Message, string? Value = null, string? Allowed = null)
{
    /// <summary>File (or "--set") the bad value came from, when known.</summary>
    public string? Source { get; init; }

    public override string ToString()
    {
        var where = Source is null ? Path : $"{Source}: {Path}";
        var text = $"{where}: {Message}";
        if (Value is not null) text += $" (got {Value})";
        if (Allowed is not null) text += $"; allowed: {Allowed}";
        return text;
    }
}
