using System.CommandLine;
using KadSim.Charts.Reports;
using KadSim.IO.Output;
using KadSim.IO.Scenarios;

namespace KadSim.Cli.Commands;

/// <summary>
/// <c>kadsim report</c>: one self-contained HTML file a policy analyst can open offline and forward.
/// A scenario file gives an ensemble report (or, with --whatif, a baseline vs what-if comparison); a run
/// folder a single-run report; an ensemble, sweep, sensitivity or calibration folder an experiment report.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext ctx)
    {
        var input = new Argument<string>("input") { Description = "A scenario file (.json), a run folder (manifest.json) or an experiment folder (sweep.json or fit.json)" };
        var overlay = CommonOptions.Overlay();
        var set = CommonOptions.Set();
        var whatIf = new Option<FileInfo[]>("--whatif") { Description = "Overlay defining the what-if to compare against the baseline (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var whatIfSet = new Option<string[]>("--whatif-set") { Description = "Override applied to the what-if only, Path:To:Key=value (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var runs = new Option<int>("--runs") { Description = "Runs in each ensemble (scenario input)", DefaultValueFactory = _ => 200 };
        var seed = new Option<ulong?>("--seed") { Description = "Base seed (default: the scenario's)" };
        var output = new Option<FileInfo?>("--out") { Description = "HTML file to write (default: out/<input name>-report.html)" };
        var charts = new Option<DirectoryInfo?>("--charts") { Description = "Also save every chart as PNG and SVG in this folder" };
        var threads = CommonOptions.Threads();
        var trustDates = new Option<string[]>("--trust-date") { Description = "Also show trust among members at this month, YYYY-MM (repeatable; the end is always shown)", Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("report", "Write a self-contained HTML report (charts embedded, works offline): the question, the scenario in plain words, key outcomes, charts, parameters and provenance.")
        {
            input, overlay, set, whatIf, whatIfSet, runs, seed, output, charts, threads, trustDates,
        };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var outFile = parse.GetValue(output)?.ToString() ?? Path.Combine("out", Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path)) + "-report.html");
            var exportDir = parse.GetValue(charts)?.ToString();
            HtmlReport report;
            try
            {
                if (Directory.Exists(path))
                {
                    if (File.Exists(Path.Combine(path, RunFolder.ManifestName))) report = RunReport.Build(path, exportDir);
                    else if (File.Exists(Path.Combine(path, KadSim.IO.Experiments.SweepRunner.ManifestName)) || File.Exists(Path.Combine(path, "fit.json"))) report = ExperimentReport.Build(path, exportDir);
                    else
                    {
                        ctx.Error.WriteLine($"error: {path}: not a run folder (manifest.json) or an experiment folder (sweep.json, fit.json)");
                        return ExitCodes.BadInput;
                    }
                }
                else
                {
                    int n = parse.GetValue(runs);
                    if (n is < 1 or > 100_000)
                    {
                        ctx.Error.WriteLine($"error: --runs {n}: allowed 1..100,000");
                        return ExitCodes.BadInput;
                    }
                    var overlays = (parse.GetValue(overlay) ?? []).Select(f => f.ToString()).ToList();
                    var sets = (parse.GetValue(set) ?? []).ToList();
                    var baseline = ScenarioLoader.Load(path, overlays, sets);
                    if (!baseline.Ok)
                    {
                        ScenarioProblemPrinter.Print(ctx.Error, baseline.Problems);
                        return ExitCodes.BadInput;
                    }
                    var spec = baseline.Spec!;
                    ulong s = parse.GetValue(seed) ?? (ulong)spec.Seed;
                    var (version, commit) = RunManifest.ToolVersion();
                    var dates = new List<KadSim.Time.YearMonth>();
                    foreach (var text in parse.GetValue(trustDates) ?? [])
                    {
                        if (!KadSim.Time.YearMonth.TryParse(text, out var ym))
                        {
                            ctx.Error.WriteLine($"error: --trust-date {text}: expected a month YYYY-MM");
                            return ExitCodes.BadInput;
                        }
                        dates.Add(ym);
                    }
                    var baseData = EnsembleData.Run(spec, n, s, parse.GetValue(threads), dates);
                    var described = overlays.Select(ReportText.Describe).Concat(sets.Select(x => $"override {x}")).ToList();
                    var whatIfOverlays = (parse.GetValue(whatIf) ?? []).Select(f => f.ToString()).ToList();
                    var whatIfSets = (parse.GetValue(whatIfSet) ?? []).ToList();
                    if (whatIfOverlays.Count + whatIfSets.Count == 0)
                    {
                        report = EnsembleReport.Build(baseData, new ReportProvenance(version, commit, s, n, ScenarioJson.Hash(spec), [path, .. overlays], sets), described, exportDir);
                    }
                    else
                    {
                        var alt = ScenarioLoader.Load(path, [.. overlays, .. whatIfOverlays], [.. sets, .. whatIfSets]);
                        if (!alt.Ok)
                        {
                            ScenarioProblemPrinter.Print(ctx.Error, alt.Problems);
                            return ExitCodes.BadInput;
                        }
                        var altData = EnsembleData.Run(alt.Spec!, n, s, parse.GetValue(threads));
                        var label = string.Join(" + ", whatIfOverlays.Select(Path.GetFileNameWithoutExtension).Concat(whatIfSets));
                        var whatIfDescribed = whatIfOverlays.Select(ReportText.Describe).Concat(whatIfSets.Select(x => $"override {x}")).ToList();
                        report = ComparisonReport.Build(baseData, altData, label,
                            new ReportProvenance(version, commit, s, n, $"{ScenarioJson.Hash(spec)} (baseline), {ScenarioJson.Hash(alt.Spec!)} (what-if)", [path, .. overlays, .. whatIfOverlays], [.. sets, .. whatIfSets]),
                            described, whatIfDescribed, exportDir);
                    }
                }
            }
            catch (InvalidDataException e)
            {
                ctx.Error.WriteLine("error: " + e.Message);
                return ExitCodes.BadInput;
            }
            report.Save(outFile);
            ctx.Output.WriteLine($"report: {Path.GetFullPath(outFile)} ({report.Charts.Count} charts)");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
