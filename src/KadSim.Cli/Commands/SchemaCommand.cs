using System.CommandLine;
using KadSim.IO.Scenarios;

namespace KadSim.Cli.Commands;

/// <summary><c>kadsim schema</c>: print the JSON Schema of scenario files (shipped as scenarios/kadsim.schema.json).</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("schema", "Print the JSON Schema for scenario files, for editor autocompletion and checks.");
        cmd.SetAction(_ =>
        {
            ctx.Output.Write(ScenarioSchema.Generate());
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
