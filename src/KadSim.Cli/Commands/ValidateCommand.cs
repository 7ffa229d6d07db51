using System.CommandLine;
using KadSim.IO.Scenarios;

namespace KadSim.Cli.Commands;

/// <summary><c>kadsim validate</c>: check a scenario (with overlays and overrides) without running it.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext ctx)
    {
        var scenario = CommonOptions.Scenario();
        var overlay = CommonOptions.Overlay();
        var set = CommonOptions.Set();
        var cmd = new Command("validate", "Check a scenario file, its overlays and overrides; print every problem found. Exit 0 if valid, 2 if not.")
        {
            scenario, overlay, set,
        };
        cmd.SetAction(parse =>
        {
            var result = ScenarioLoader.Load(parse.GetValue(scenario)!.ToString(),
                (parse.GetValue(overlay) ?? []).Select(f => f.ToString()), parse.GetValue(set) ?? []);
            if (!result.Ok)
            {
                ScenarioProblemPrinter.Print(ctx.Error, result.Problems);
                return ExitCodes.BadInput;
            }
            var s = result.Spec!;
            ctx.Output.WriteLine($"ok: {s.Name}: {s.Regions.Count} regions, {s.Bodies.Count} bodies, {s.Start}..{s.End} ({s.Start!.Value.MonthsUntil(s.End!.Value) + 1} months), scenario hash {ScenarioJson.Hash(s)[..12]}");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
