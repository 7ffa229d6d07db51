using KadSim.Cli;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.Tests.Reliability;

/// <summary>
/// Output safety (docs/reliability.md): files are written only inside the folder the user chose, whatever the names in
/// the scenario; a finished result is never replaced without --force; reports and charts appear whole or not at all.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kadsim-outsafety-").FullName;
    private readonly string _tag = Guid.NewGuid().ToString("N")[..12];

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    private static (int Code, string Out, string Err) Kadsim(params string[] args) => CliRunner.Kadsim(args);

    private static void Ok(params string[] args)
    {
        var (code, o, e) = Kadsim(args);
        Assert.True(code == 0, $"kadsim {string.Join(' ', args)} exited {code}:\n{e}\n{o}");
    }

    /// <summary>
    /// BARLINGMASCAKEB with every id and name that could end up in a path made hostile: relative escapes, absolute
    /// paths and separators, each tagged so that a stray file or folder anywhere can be found.
    /// </summary>
    private string HostileScenario()
    {
        var spec = ScenarioLoader.LoadOrThrow(TestScenarios.Shipped("barlingmascakeb.json"));
        string[] names = [$"../../escape-{_tag}", $"/tmp/kadsim-abs-{_tag}", $"a/b-{_tag}", "..", $"..\\win-{_tag}"];
        var renamed = new Dictionary<string, string>();
        for (int i = 0; i < spec.Regions.Count; i++)
        {
            renamed[spec.Regions[i].Id!] = names[i % names.Length] + (i >= names.Length ? $"-{i}" : "");
            spec.Regions[i].Id = renamed[spec.Regions[i].Id!];
            spec.Regions[i].Name = $"../../name-escape-{_tag}";
        }
        foreach (var body in spec.Bodies)
        {
            foreach (var m in body.Members) m.Region = renamed[m.Region!];
            body.Id = $"../../../body-escape-{_tag}";
            body.Name = $"/tmp/kadsim-body-abs-{_tag}";
            foreach (var p in body.Programmes) p.Id = $"../prog-escape-{_tag}";
        }
        foreach (var t in spec.Trust) { t.From = renamed[t.From!]; t.To = renamed[t.To!]; }
        foreach (var g in spec.Provinces.SelectMany(p => p.Grants).Concat(spec.Donors.SelectMany(d => d.Grants))) g.Body = spec.Bodies[0].Id;
        spec.Name = $"../../scenario-escape-{_tag}";
        Assert.Empty(ScenarioValidator.Validate(spec));
        var file = Path.Combine(_root, "in", "hostile.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, ScenarioJson.Serialize(spec));
        return file;
    }

    [Fact]
    public void NamesFromTheScenarioNeverBecomePaths()
    {
        var scenario = HostileScenario();
        var plan = Path.Combine(_root, "in", "plan.json");
        File.WriteAllText(plan, $$"""
            {
              "name": "../../plan-escape-{{_tag}}",
              "scenario": "hostile.json",
              "parameters": [ { "key": "parameters:learningRate", "min": 0.1, "max": 0.2 } ],
              "design": { "type": "Grid", "levels": 2 },
              "replications": 1,
              "outputs": { "traces": true }
            }
            """);
        var outDir = Path.Combine(_root, "out");
        var before = Snapshot(Path.GetTempPath());

        Ok("run", scenario, "--out", Path.Combine(outDir, "run"));
        Ok("ensemble", scenario, "--runs", "2", "--traces", "--out", Path.Combine(outDir, "ensemble"));
        Ok("sweep", plan, "--out", Path.Combine(outDir, "sweep"));
        Ok("report", scenario, "--runs", "3", "--out", Path.Combine(outDir, "report.html"), "--charts", Path.Combine(outDir, "charts"));
        Ok("report", Path.Combine(outDir, "run"), "--out", Path.Combine(outDir, "run.html"), "--charts", Path.Combine(outDir, "run-charts"));
        Ok("report", Path.Combine(outDir, "sweep"), "--out", Path.Combine(outDir, "sweep.html"), "--charts", Path.Combine(outDir, "sweep-charts"));
        Ok("chart", scenario, "--runs", "3", "--out", Path.Combine(outDir, "chart"));

        // Every file is under the folders given (inputs under in/), none is named after anything in the scenario.
        foreach (var path in Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(_root, path);
            Assert.True(rel.StartsWith("out" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || rel == "out" || rel.StartsWith("in", StringComparison.Ordinal), $"unexpected {path}");
            Assert.DoesNotContain(_tag, rel);
            Assert.DoesNotContain(".partial", rel);
        }
        // Nothing appeared beside the test folder or at the absolute paths named in the scenario.
        var after = Snapshot(Path.GetTempPath());
        Assert.DoesNotContain(after.Except(before), p => p.Contains(_tag, StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries("/tmp", $"*{_tag}*"));
        // The traces hold the hostile ids as data, and their folders are named by index only.
        Assert.True(File.Exists(Path.Combine(outDir, "ensemble", "traces", "point=0", "replicate=1", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "sweep", "traces", "point=1", "replicate=0", "manifest.json")));
        Assert.Contains(_tag, File.ReadAllText(Path.Combine(outDir, "run", "manifest.json")));
    }

    private static HashSet<string> Snapshot(string dir) => [.. Directory.EnumerateFileSystemEntries(dir)];

    [Fact]
    public void PlanColumnNamesThatAreNotPlainAreRejected()
    {
        var plan = Path.Combine(_root, "plan.json");
        File.WriteAllText(plan, $$"""
            {
              "scenario": {{System.Text.Json.JsonSerializer.Serialize(TestScenarios.Shipped("barlingmascakeb.json"))}},
              "parameters": [ { "key": "parameters:learningRate", "name": "../../evil", "min": 0.1, "max": 0.2 } ],
              "design": { "type": "Grid", "levels": 2 }
            }
            """);
        var (code, _, err) = Kadsim("sweep", plan, "--out", Path.Combine(_root, "out"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("$.parameters[0].name", err);
        Assert.Contains("not a plain name", err);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    /// <summary>Each command that writes a result, twice into the same place: the second refuses (exit 2, naming --force) and leaves the first alone; with --force it replaces it.</summary>
    [Theory]
    [InlineData("ensemble")]
    [InlineData("sweep")]
    [InlineData("sensitivity")]
    [InlineData("calibrate")]
    [InlineData("report")]
    [InlineData("chart")]
    public void ExistingResultsAreNotReplacedWithoutForce(string command)
    {
        var scenario = TestScenarios.Shipped("kartamantul.json");
        var target = Path.Combine(_root, command + (command == "report" ? ".html" : ""));
        string[] first, second;
        switch (command)
        {
            case "ensemble":
                first = ["ensemble", scenario, "--runs", "3", "--out", target];
                second = ["ensemble", scenario, "--runs", "4", "--out", target];
                break;
            case "sweep" or "sensitivity":
                var a = WritePlan("a.json", 0.1);
                var b = WritePlan("b.json", 0.2);
                first = command == "sweep" ? ["sweep", a, "--out", target] : ["sensitivity", a, "--method", "Morris", "-n", "2", "--out", target, "--metric", "years_active"];
                second = command == "sweep" ? ["sweep", b, "--out", target] : ["sensitivity", b, "--method", "Morris", "-n", "2", "--out", target, "--metric", "years_active"];
                break;
            case "calibrate":
                var cal = Path.Combine(_root, "cal.json");
                File.WriteAllText(cal, $$"""
                    {
                      "scenario": {{System.Text.Json.JsonSerializer.Serialize(scenario)}},
                      "parameters": [ { "key": "parameters:learningRate", "min": 0.05, "max": 0.3 } ],
                      "targets": [ { "metric": "years_active", "value": 15, "scale": 1 } ],
                      "replications": 1,
                      "abc": { "samples": 4, "accept": 0.5 },
                      "optimizer": { "method": "None" }
                    }
                    """);
                first = second = ["calibrate", cal, "--out", target, "--threads", "1"];
                break;
            case "report":
                first = second = ["report", scenario, "--runs", "2", "--out", target];
                break;
            default:
                first = second = ["chart", scenario, "--runs", "2", "--out", target];
                break;
        }
        Ok(first);
        var files = Directory.Exists(target) ? Directory.GetFiles(target, "*", SearchOption.AllDirectories) : [target];
        var stamps = files.ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var contents = files.ToDictionary(f => f, File.ReadAllBytes);

        var (code, _, err) = Kadsim(second);
        Assert.True(code == ExitCodes.BadInput, $"kadsim {string.Join(' ', second)} exited {code}:\n{err}");
        Assert.Contains("--force", err);
        foreach (var f in files)
        {
            Assert.Equal(stamps[f], File.GetLastWriteTimeUtc(f));
            Assert.Equal(contents[f], File.ReadAllBytes(f));
        }

        Ok([.. second, "--force"]);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, "*.partial*", SearchOption.AllDirectories));
    }

    private string WritePlan(string name, double max)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, $$"""
            {
              "scenario": {{System.Text.Json.JsonSerializer.Serialize(TestScenarios.Shipped("kartamantul.json"))}},
              "parameters": [ { "key": "parameters:learningRate", "min": 0.05, "max": {{max.ToString(System.Globalization.CultureInfo.InvariantCulture)}} } ],
              "design": { "type": "Grid", "levels": 2 },
              "replications": 1
            }
            """);
        return path;
    }

    [Fact]
    public void OutputFolderThatIsAFileIsBadInput()
    {
        var file = Path.Combine(_root, "taken");
        File.WriteAllText(file, "x");
        foreach (var args in new[]
        {
            new[] { "run", TestScenarios.Shipped("kartamantul.json"), "--out", file },
            ["ensemble", TestScenarios.Shipped("kartamantul.json"), "--runs", "2", "--out", file],
            ["report", TestScenarios.Shipped("kartamantul.json"), "--runs", "2", "--out", _root],
        })
        {
            var (code, _, err) = Kadsim(args);
            Assert.True(code == ExitCodes.BadInput, $"kadsim {string.Join(' ', args)} exited {code}:\n{err}");
            Assert.DoesNotContain("internal error", err);
        }
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void ReportAndChartsAreWrittenWholeOrNotAtAll()
    {
        var html = Path.Combine(_root, "r.html");
        var charts = Path.Combine(_root, "charts");
        Ok("report", TestScenarios.Shipped("kartamantul.json"), "--runs", "2", "--out", html, "--charts", charts);
        Assert.EndsWith("</html>\n", File.ReadAllText(html));
        Assert.NotEmpty(Directory.GetFiles(charts, "*.png"));
        Assert.Equal(Directory.GetFiles(charts, "*.png").Length, Directory.GetFiles(charts, "*.svg").Length);

        // A report that fails after its staging folder exists (a bad --trust-date) leaves neither report nor staging behind.
        var html2 = Path.Combine(_root, "r2.html");
        var charts2 = Path.Combine(_root, "charts2");
        var (code, _, err) = Kadsim("report", TestScenarios.Shipped("kartamantul.json"), "--runs", "2", "--out", html2, "--charts", charts2, "--trust-date", "2005-13");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--trust-date", err);
        Assert.False(File.Exists(html2));
        Assert.Empty(Directory.Exists(charts2) ? Directory.EnumerateFileSystemEntries(charts2) : []);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, "*.partial*", SearchOption.AllDirectories));
    }
}
