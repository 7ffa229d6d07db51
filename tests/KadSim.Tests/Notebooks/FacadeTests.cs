using System.Globalization;
using System.Text.Json;
using KadSim.Charts.Reports;
using KadSim.IO.Experiments;
using KadSim.IO.Experiments.Calibration;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.Tests.Notebooks;

/// <summary>
/// The notebook facade (src/KadSim) gives the numbers of the command line: the same ensembles, what-if comparison,
/// runs, sweeps, sensitivity and calibration, for the same scenario layers and seed.
/// </summary>
public class FacadeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kadsim-facade-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    private static string Barl => TestScenarios.Shipped("barlingmascakeb.json");
    private static string Grant => Path.Combine(TestScenarios.RepoRoot, "scenarios", "overlays", "provincial-grant-2011.json");

    private static void Ok(params string[] args)
    {
        var (code, _, err) = CliRunner.Kadsim(args);
        Assert.True(code == 0, $"kadsim {string.Join(' ', args)} exited {code}: {err}");
    }

    /// <summary>The CLI's run table, rows ordered by run.</summary>
    private static (RunTableReader Table, int[] Order) CliRuns(string dir)
    {
        var table = RunTableReader.Read(Path.Combine(dir, "runs"));
        var runs = table.Columns["run"].Select(v => (long)v!).ToArray();
        return (table, [.. Enumerable.Range(0, table.Rows).OrderBy(i => runs[i])]);
    }

    [Fact]
    public void WhatIfInCodeGivesTheNumbersOfTheCommandLine()
    {
        const int runs = 40;
        var baseline = Kad.Load(Barl);
        var grant = baseline.With(overlay: Grant);
        var a = baseline.Ensemble(runs, seed: 1);
        var b = grant.Ensemble(runs, seed: 1);

        var cliBase = Path.Combine(_dir, "base");
        var cliGrant = Path.Combine(_dir, "grant");
        Ok("ensemble", Barl, "--runs", $"{runs}", "--seed", "1", "--out", cliBase);
        Ok("ensemble", Barl, "--overlay", Grant, "--runs", $"{runs}", "--seed", "1", "--out", cliGrant);

        foreach (var (ensemble, dir) in new[] { (a, cliBase), (b, cliGrant) })
        {
            var (table, order) = CliRuns(dir);
            Assert.Equal(runs, table.Rows);
            foreach (var metric in RunTable.Metrics)
            {
                var cli = table.Numbers(metric).ToArray();
                var mine = ensemble.Metric(metric);
                for (int r = 0; r < runs; r++) Assert.Equal(cli[order[r]], mine[r]);
            }
            var status = table.Columns["final_status"];
            for (int r = 0; r < runs; r++)
                Assert.Equal((string?)status[order[r]], ensemble.Summaries[r].Main.FinalStatus.ToString().ToLowerInvariant());
            // summary.csv's quantiles, from the same run table
            var cliSummary = EnsembleSummary.Of(Path.Combine(dir, "runs"));
            Assert.Equal(cliSummary, ensemble.Summary());
            // survival: the runs that never go dormant
            Assert.Equal(table.Numbers("dormant").Count(d => d == 0), ensemble.Survival.Count);
        }

        // The what-if answer is the report's paired difference (kadsim report --whatif), from the CLI's run tables too.
        var answer = Kad.Compare(a, b);
        var (ta, oa) = CliRuns(cliBase);
        var (tb, ob) = CliRuns(cliGrant);
        bool[] survivedA = [.. oa.Select(i => ta.Numbers("dormant").ElementAt(i) == 0)];
        bool[] survivedB = [.. ob.Select(i => tb.Numbers("dormant").ElementAt(i) == 0)];
        var expected = ReportText.PairedDifference(survivedA, survivedB);
        Assert.Equal(expected, (answer.Difference, answer.DifferenceLow, answer.DifferenceHigh));
        var reportPath = ReportText.PairedDifference(
            EnsembleData.Run(ScenarioLoader.LoadOrThrow(Barl), runs, 1).NeverDormant,
            EnsembleData.Run(ScenarioLoader.LoadOrThrow(Barl, [Grant]), runs, 1).NeverDormant);
        Assert.Equal(reportPath, expected);
        Assert.True(answer.Difference > 0.5, answer.ToString());
        Assert.Contains("rises from", answer.ToString());
        Assert.Contains($"over {runs} paired runs", answer.ToString());

        // Paired runs only: another seed or size is refused.
        Assert.Throws<ArgumentException>(() => Kad.Compare(a, grant.Ensemble(runs, seed: 2)));
    }

    [Fact]
    public void OverlaysAndOverridesLayerAsOnTheCommandLine()
    {
        var scenario = Kad.Load(Barl).With(overlay: Grant).Set("parameters:learningRate", 0.2).Set("bodies:0:duesRule", DuesRule.BenefitProportional)
            .Set("provinces:0:grants:1:committed", false);
        var expected = ScenarioLoader.LoadOrThrow(Barl, [Grant], ["parameters:learningRate=0.2", "bodies:0:duesRule=BenefitProportional", "provinces:0:grants:1:committed=false"]);
        Assert.Equal(ScenarioJson.Hash(expected), scenario.Hash);
        Assert.Equal(0.2, scenario.Spec.Parameters.LearningRate);
        Assert.Equal(["parameters:learningRate=0.2", "bodies:0:duesRule=BenefitProportional", "provinces:0:grants:1:committed=false"], scenario.Sets);
        Assert.Equal("provincial-grant-2011 + parameters:learningRate=0.2 + bodies:0:duesRule=BenefitProportional + provinces:0:grants:1:committed=false", scenario.Label);
        Assert.Equal("what-if", scenario.Named("what-if").Label);

        // The manifest of `kadsim run --overlay --set` records the same scenario.
        var cli = Path.Combine(_dir, "cli-run");
        Ok("run", Barl, "--overlay", Grant, "--set", "parameters:learningRate=0.2", "--set", "bodies:0:duesRule=BenefitProportional",
            "--set", "provinces:0:grants:1:committed=false", "--seed", "3", "--out", cli);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli, "manifest.json")));
        Assert.Equal(scenario.Hash, manifest.RootElement.GetProperty("scenarioHash").GetString());

        // Problems are reported with their path, not swallowed.
        var bad = Kad.Load(Barl).Set("regions:0:commitment", 1.5);
        Assert.False(bad.IsValid);
        var e = Assert.Throws<ScenarioException>(() => bad.Spec);
        Assert.Contains("regions[0].commitment", e.Message);
        // Relative paths are found from the repository's subfolders too (as from notebooks/).
        Assert.Equal(Path.GetFullPath(Barl), Kad.Load(Barl).File);
    }

    [Fact]
    public void ARunInCodeWritesWhatTheCommandWritesAndReadsItBackTyped()
    {
        var cli = Path.Combine(_dir, "cli");
        var mine = Path.Combine(_dir, "mine");
        Ok("run", Barl, "--seed", "42", "--out", cli);
        var run = Kad.Load(Barl).Run(seed: 42, folder: mine);
        Assert.Equal(Path.GetFullPath(mine), run.Folder);

        var fromCli = Traces.Read(cli);
        var fromFacade = run.Traces;
        var inMemory = Kad.Load(Barl).Run(seed: 42).Traces;
        Assert.Null(inMemory.Folder);
        var tables = new (ColumnTable Cli, ColumnTable Facade, ColumnTable Memory)[]
        {
            (fromCli.Regions, fromFacade.Regions, inMemory.Regions), (fromCli.Bodies, fromFacade.Bodies, inMemory.Bodies), (fromCli.Events, fromFacade.Events, inMemory.Events),
        };
        foreach (var (x, y, z) in tables)
        {
            AssertSameColumns(x, y);
            AssertSameColumns(x, z);
        }
        Assert.Equal(240 * 5, fromCli.Regions.Count);
        Assert.Equal(240, fromCli.Bodies.Count);
        Assert.Contains("dormant", fromCli.Bodies.Status);
        Assert.Contains(run.Summary.Main.DormantYear!.Value, fromCli.Bodies.Where(b => b.Status == "dormant").Year);
    }

    [Fact]
    public void TracesReadBackTypedEqualTheParquetWriterContent()
    {
        // A short run: BARLINGMASCAKEB's founding and first auctions, 2003–2006 (events after the end are allowed).
        var folder = Path.Combine(_dir, "short");
        var scenario = Kad.Load(Barl).Set("end", "2006-12");
        var run = scenario.Run(seed: 5, run: 2, folder: folder);
        var traces = Traces.Read(folder);

        using var db = new KadSim.Tests.Output.DuckQuery();
        foreach (var table in new ColumnTable[] { traces.Regions, traces.Bodies, traces.Events })
        {
            var file = Path.Combine(folder, table.Name + ".parquet");
            Assert.Equal(db.Long($"SELECT count(*) FROM {KadSim.Tests.Output.DuckQuery.Table(file)}"), table.Count);
            var columns = db.Rows($"SELECT column_name FROM (DESCRIBE SELECT * FROM {KadSim.Tests.Output.DuckQuery.Table(file)})");
            Assert.Equal(columns, table.ColumnNames);
            foreach (var column in table.ColumnNames)
            {
                // DuckDB reads the file independently of Parquet.Net: the same values, in file order.
                var select = column == "date" ? "CAST(\"date\" AS VARCHAR)" : $"\"{column}\"";
                var expected = db.Rows($"SELECT {select} FROM {KadSim.Tests.Output.DuckQuery.Table(file)}");
                var actual = table.Column(column).Cast<object?>().Select(Text).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{table.Name}.{column}: first difference at row {expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count()}");
            }
        }
        Assert.Equal(48 * 5, traces.Regions.Count);
        Assert.All(traces.Regions.Run, r => Assert.Equal(2, r));
        Assert.Equal(new DateOnly(2003, 1, 1), traces.Bodies.Date[0]);
        Assert.Equal(run.Summary.Main.AuctionsHeld, traces.Events.OfKind("AuctionHeld").Count);
        Assert.All(traces.Events.OfKind("AuctionHeld").Programme, p => Assert.False(string.IsNullOrEmpty(p)));
        Assert.Contains(traces.Events.Grant, g => g is not null);
        Assert.Equal(traces.Bodies[10], traces.Bodies.Rows.ElementAt(10));
        Assert.Equal(48, traces.Regions.For("banjarnegara").Count);
        // and the same run in memory gives the same columns
        AssertSameColumns(traces.Events, scenario.Run(seed: 5, run: 2).Traces.Events);
        Assert.Throws<InvalidDataException>(() => Traces.Read(_dir));
    }

    private static string Text(object? v) => v switch
    {
        null => "NULL",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    private static void AssertSameColumns(ColumnTable expected, ColumnTable actual)
    {
        Assert.Equal(expected.ColumnNames, actual.ColumnNames);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var name in expected.ColumnNames)
        {
            var x = expected.Column(name);
            var y = actual.Column(name);
            Assert.Equal(x.GetType(), y.GetType());
            Assert.True(System.Collections.StructuralComparisons.StructuralEqualityComparer.Equals(x, y), $"{expected.Name}.{name} differs");
        }
    }

    [Fact]
    public void ASweepBuiltInCodeIsAPlanTheCommandRunsTheSame()
    {
        var sweep = Kad.Load(Barl).Sweep("test grid")
            .Vary("bodies:0:duesRule", ["Equal", "BenefitProportional"], name: "dues_rule")
            .Vary("parameters:learningRate", 0.05, 0.3)
            .Grid(levels: 2).Replications(3).Seed(9)
            .Run(Path.Combine(_dir, "sweep"));
        Assert.Equal(4, sweep.Points);
        Assert.Equal(12, sweep.Runs);
        Assert.Equal(["dues_rule", "learningRate"], sweep.Parameters);
        Assert.Equal(12, sweep.Table.Rows);

        var cli = Path.Combine(_dir, "sweep-cli");
        Ok("sweep", Path.Combine(_dir, "sweep", "plan.json"), "--out", cli);
        var (x, ox) = CliRuns(cli);
        var (y, oy) = CliRuns(sweep.Folder);
        foreach (var column in x.Columns.Keys)
            Assert.Equal(ox.Select(i => x.Columns[column][i]), oy.Select(i => y.Columns[column][i]));
        Assert.Equal(["BenefitProportional", "Equal"], sweep.Text("dues_rule").Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("read_parquet(", sweep.Parquet);

        // A plan file, changed in code.
        var plan = Kad.Plan(Path.Combine(TestScenarios.RepoRoot, "scenarios", "plans", "barlingmascakeb-lhs.json")).Replications(1);
        Assert.Equal(1, plan.Plan.Replications);
        Assert.True(Path.IsPathRooted(plan.Plan.Scenario));
    }

    [Fact]
    public void SensitivityInCodeWritesTheIndicesOfTheCommand()
    {
        var plan = Kad.Load(Barl).Sweep("sobol test").Vary("parameters:learningRate", 0.05, 0.3).Vary("parameters:aspiration", 0.25, 1.75).Replications(2);
        var sens = plan.Sensitivity(Path.Combine(_dir, "sens"), samples: 8, metrics: ["years_active", "dues_collected"]);
        Assert.Equal(8 * (2 + 2), sens.Design.Points);
        Assert.Equal(4, sens.Rows.Count);

        var cli = Path.Combine(_dir, "sens-cli");
        Ok("sensitivity", Path.Combine(_dir, "sens", "plan.json"), "--method", "Sobol", "-n", "8", "--metric", "years_active", "--metric", "dues_collected", "--out", cli);
        Assert.Equal(File.ReadAllText(Path.Combine(cli, SensitivityRunner.ResultName)), File.ReadAllText(Path.Combine(_dir, "sens", SensitivityRunner.ResultName)));
        Assert.Contains("years_active:", sens.ToString());
        Assert.Equal(sens.For("years_active")[0].Parameter, sens.MostInfluential("years_active"));
        Assert.Throws<ArgumentException>(() => plan.Sensitivity(Path.Combine(_dir, "bad"), metrics: ["no_such_metric"]));
    }

    [Fact]
    public void CalibrationInCodeIsTheRunnersAndItsFittedScenarioSetsTheValues()
    {
        var file = Path.Combine(_dir, "cal.json");
        File.WriteAllText(file, $$"""
            {
              "scenario": {{JsonSerializer.Serialize(Barl)}},
              "parameters": [ { "key": "parameters:learningRate", "min": 0.05, "max": 0.3 } ],
              "targets": [ { "metric": "dormant_year", "value": 2011.5, "scale": 0.5 } ],
              "replications": 2, "seed": 3,
              "abc": { "samples": 6, "accept": 0.5 },
              "optimizer": { "method": "None" }
            }
            """);
        var cal = Kad.Calibrate(file, Path.Combine(_dir, "cal-out"));
        var direct = CalibrationRunner.Run(CalibrationLoader.Load(file).Calibration!);
        Assert.Equal(direct.Fit.Values, cal.Fit.Values);
        Assert.Equal(direct.Fit.Distance, cal.Fit.Distance);
        Assert.True(File.Exists(Path.Combine(_dir, "cal-out", CalibrationOutputs.FitName)));
        Assert.Equal(cal.Fit.Values[0], cal.Best["learningRate"]);
        Assert.Equal(cal.Fit.Values[0], cal.Fitted.Spec.Parameters.LearningRate);
        Assert.Contains("learningRate =", cal.ToString());
    }

    [Fact]
    public void ChartsGiveImagesAndShowInlineInPolyglot()
    {
        var ensemble = Kad.Load(Barl).Ensemble(runs: 10, seed: 1);
        var chart = Chart.Status(ensemble);
        var png = chart.Png();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Contains("<svg", chart.Svg());
        var saved = chart.Save(Path.Combine(_dir, "charts", "status.png"));
        Assert.True(File.Exists(saved) && File.Exists(Path.ChangeExtension(saved, ".svg")));
        Assert.StartsWith("<img src=\"data:image/png;base64,", chart.ToHtml());

        // .NET Interactive's convention: an attribute named TypeFormatterSourceAttribute naming a source whose
        // CreateTypeFormatters() yields objects with MimeType and Format(object, TextWriter).
        foreach (var value in new object[] { chart, ensemble, ensemble.Survival, Kad.Compare(ensemble, ensemble), TextTable.From(new[] { new { a = 1 } }) })
        {
            var attribute = value.GetType().GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
            var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
            Assert.Equal("text/html", ((string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!)[0]);
            var source = Activator.CreateInstance(sourceType)!;
            var formatters = ((IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).ToList();
            var html = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == "text/html");
            var writer = new StringWriter();
            Assert.True((bool)html.GetType().GetMethod("Format")!.Invoke(html, [value, writer])!);
            Assert.Contains(value is Chart ? "<img src=\"data:image/png;base64," : value is TextTable ? "<table>" : "<div", writer.ToString());
        }

        var histogram = Chart.Histogram([2011.0, 2011.25, 2012.0, double.NaN], "dormancy", "quarter", binWidth: 0.25);
        Assert.NotEmpty(histogram.Png());
    }
}
