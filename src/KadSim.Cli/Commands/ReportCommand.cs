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
        var force = new Option<bool>("--force") { Description = "Replace an existing report file (and charts in --charts)" };
        var trustDates = new Option<string[]>("--trust-date") { Description = "Also show trust among members at this month, YYYY-MM (repeatable; the end is always shown)", Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("report", "Write a self-contained HTML report (charts embedded, works offline): the question, the scenario in plain words, key outcomes, charts, parameters and provenance.")
        {
            input, overlay, set, whatIf, whatIfSet, runs, seed, output, charts, threads, trustDates, force,
        };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var outFile = parse.GetValue(output)?.ToString() ?? Path.Combine("out", Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path)) + "-report.html");
            var chartDir = parse.GetValue(charts)?.ToString();
            // Refuse before any work: an existing report or charts are not replaced without --force.
            if ((OutputGuard.File(outFile, parse.GetValue(force)) ?? (chartDir is null ? null : OutputGuard.Folder(chartDir))) is { } bad)
            {
                ctx.Error.WriteLine("error: " + bad);
                return ExitCodes.BadInput;
            }
            if (chartDir is not null && !parse.GetValue(force) && OutputGuard.HoldsCharts(chartDir))
            {
                ctx.Error.WriteLine($"error: --charts {chartDir}: the folder already holds charts; choose another folder or pass --force to replace them");
                return ExitCodes.BadInput;
            }
            if (chartDir is not null && Directory.Exists(path) && OutputGuard.ExperimentColumns(path) is { } badColumns)
            {
                ctx.Error.WriteLine("error: " + badColumns);
                return ExitCodes.BadInput;
            }
            // Charts are drawn into a staging folder and moved into place once the report is complete.
            string? exportDir = chartDir is null ? null : OutputGuard.Staging(chartDir);
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
                        { OutputGuard.Discard(exportDir); return ExitCodes.BadInput; }
                    }
                }
                else
                {
                    int n = parse.GetValue(runs);
                    if (n is < 1 or > EnsembleGuard.MaxRuns)
                    {
                        ctx.Error.WriteLine($"error: --runs {n}: allowed 1..{EnsembleGuard.MaxRuns:N0}");
                        { OutputGuard.Discard(exportDir); return ExitCodes.BadInput; }
                    }
                    var overlays = (parse.GetValue(overlay) ?? []).Select(f => f.ToString()).ToList();
                    var sets = (parse.GetValue(set) ?? []).ToList();
                    var baseline = ScenarioLoader.Load(path, overlays, sets);
                    if (!baseline.Ok)
                    {
                        ScenarioProblemPrinter.Print(ctx.Error, baseline.Problems);
                        { OutputGuard.Discard(exportDir); return ExitCodes.BadInput; }
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
                            { OutputGuard.Discard(exportDir); return ExitCodes.BadInput; }
                        }
                        dates.Add(ym);
                    }
                    if (EnsembleGuard.Check(spec, n, dates.Count + 1) is { } tooBig)
                    {
                        ctx.Error.WriteLine("error: " + tooBig);
                        { OutputGuard.Discard(exportDir); return ExitCodes.BadInput; }
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
                            { OutputGuard.Discard(exportDir); return ExitCodes.BadInput; }
                        }
                        if (EnsembleGuard.Check(alt.Spec!, n) is { } altTooBig)
                        {
                            ctx.Error.WriteLine("error: " + altTooBig);
                            { OutputGuard.Discard(exportDir); return ExitCodes.BadInput; }
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
                OutputGuard.Discard(exportDir);
                ctx.Error.WriteLine("error: " + e.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (Directory.Exists(path) && e is System.Text.Json.JsonException or KeyNotFoundException or FormatException or InvalidOperationException or IndexOutOfRangeException)
            {
                // A run or experiment folder damaged or edited by hand: the user's input, not a bug.
                OutputGuard.Discard(exportDir);
                ctx.Error.WriteLine($"error: {path}: not a complete KadSim run or experiment folder ({e.GetType().Name}: {e.Message})");
                return ExitCodes.BadInput;
            }
            catch
            {
                OutputGuard.Discard(exportDir);
                throw;
            }
            report.Save(outFile);
            if (exportDir is not null) OutputGuard.Publish(exportDir, chartDir!);
            ctx.Output.WriteLine($"report: {Path.GetFullPath(outFile)} ({report.Charts.Count} charts)");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
