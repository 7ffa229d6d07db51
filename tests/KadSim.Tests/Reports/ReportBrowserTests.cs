using System.Text.RegularExpressions;
using KadSim.Cli;
using Xunit.Abstractions;

namespace KadSim.Tests.Reports;

/// <summary>
/// The HTML reports opened in headless Chromium as a policy analyst would open them: they load with no
/// console errors, every image decodes, the key numbers are there, and a screenshot is kept as an artifact
/// (tests/KadSim.Tests/bin/&lt;config&gt;/net10.0/artifacts/).
/// </summary>
public class ReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kadsim-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Artifacts => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    private static (int Code, string Out, string Err) Kadsim(params string[] args) => CliRunner.Kadsim(args);

    private HeadlessChromium.Result Open(string html, string name)
    {
        var r = HeadlessChromium.DumpDom(html);
        Assert.True(r.ConsoleErrors.Count == 0, "console errors: " + string.Join("\n", r.ConsoleErrors));
        Assert.Contains("data-images-ok=\"true\"", r.Dom);
        var png = Path.Combine(Artifacts, name + ".png");
        HeadlessChromium.Screenshot(html, png);
        Assert.True(new FileInfo(png).Length > 20_000, "the screenshot is empty");
        output.WriteLine($"screenshot: {png}");
        return r;
    }

    [Fact]
    public void WhatIfComparisonReportAnswersTheQuestion()
    {
        var html = Path.Combine(_dir, "whatif.html");
        var (code, _, err) = Kadsim("report", TestScenarios.Shipped("barlingmascakeb.json"), "--whatif", TestScenarios.Shipped(Path.Combine("overlays", "provincial-grant-2011.json")),
            "--runs", "100", "--out", html);
        Assert.True(code == 0, err);
        var dom = Open(html, "report-whatif").Dom;
        Assert.Contains("difference in survival probability", dom);
        Assert.Matches(new Regex(@"\+\d+ pp"), dom);                  // the what-if raises survival
        Assert.Contains("provincial-grant-2011.json", dom);           // the what-if in plain words
        Assert.Contains("What-if", dom);
        Assert.Equal(5, Regex.Matches(dom, "<img ").Count);
    }

    [Fact]
    public void EnsembleReportShowsOutcomesChartsAndProvenance()
    {
        var html = Path.Combine(_dir, "ensemble.html");
        var (code, stdout, err) = Kadsim("report", TestScenarios.Shipped("barlingmascakeb.json"), "--runs", "100", "--out", html, "--charts", Path.Combine(_dir, "charts"), "--trust-date", "2006-01");
        Assert.True(code == 0, err);
        Assert.Contains("9 charts", stdout);
        Assert.True(File.Exists(Path.Combine(_dir, "charts", "trust-2006-01.png")), "trust heatmap at the chosen date");
        var dom = Open(html, "report-ensemble").Dom;
        Assert.Contains("Key outcomes", dom);
        Assert.Contains("of 100 runs never go dormant", dom);
        Assert.Contains("median year of dormancy", dom);
        Assert.Contains("id=\"case-record\"", dom);
        Assert.Contains("reported by the field studies", dom);
        Assert.Contains("scenario hash", dom);
        Assert.Contains("Five Central Java districts", dom);          // the question, from the scenario
        Assert.True(File.Exists(Path.Combine(_dir, "charts", "funds.svg")));
    }

    [Fact]
    public void RunFolderAndExperimentFolderReportsLoad()
    {
        var run = Path.Combine(_dir, "run");
        Assert.Equal(0, Kadsim("run", TestScenarios.Shipped("kartamantul.json"), "--out", run).Code);
        var runHtml = Path.Combine(_dir, "run.html");
        var (code, _, err) = Kadsim("report", run, "--out", runHtml);
        Assert.True(code == 0, err);
        Assert.Contains("single run", Open(runHtml, "report-run").Dom);

        var sens = Path.Combine(_dir, "sens");
        var plan = Path.Combine(_dir, "plan.json");
        File.WriteAllText(plan, $$"""
            { "scenario": "{{TestScenarios.Shipped("barlingmascakeb.json").Replace("\\", "/")}}",
              "parameters": [ { "key": "parameters:learningRate", "min": 0.05, "max": 0.3 }, { "key": "parameters:aspiration", "min": 0.5, "max": 1.5 } ],
              "design": { "type": "Grid" }, "replications": 2 }
            """);
        Assert.Equal(0, Kadsim("sensitivity", plan, "-n", "32", "--out", sens, "--metric", "years_active").Code);
        var sensHtml = Path.Combine(_dir, "sens.html");
        Assert.Equal(0, Kadsim("report", sens, "--out", sensHtml).Code);
        var dom = Open(sensHtml, "report-sensitivity").Dom;
        Assert.Contains("Which factors matter", dom);
        Assert.Contains("Sobol indices", dom);
    }

    [Fact]
    public void TheBrowserCheckCatchesBrokenImagesAndScriptErrors()
    {
        var html = Path.Combine(_dir, "broken.html");
        File.WriteAllText(html, """
            <!DOCTYPE html><html><body><img src="data:image/png;base64,AAAA">
            <script>window.addEventListener('load',function(){var ok=[].every.call(document.images,function(i){return i.complete&&i.naturalWidth>0;});
            document.body.setAttribute('data-images-ok',ok?'true':'false');}); undefinedFunction();</script></body></html>
            """);
        var r = HeadlessChromium.DumpDom(html);
        Assert.Contains("data-images-ok=\"false\"", r.Dom);
        Assert.Contains(r.ConsoleErrors, l => l.Contains("Uncaught ReferenceError", StringComparison.Ordinal));
    }

    [Fact]
    public void NotAReportInputIsBadInput()
    {
        var (code, _, err) = Kadsim("report", _dir, "--out", Path.Combine(_dir, "x.html"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("not a run folder", err);
    }
}
