using KadSim.Charts;
using KadSim.Charts.Reports;
using KadSim.IO.Experiments;
using KadSim.IO.Scenarios;
using ScottPlot;

namespace KadSim.Tests.Reports;

/// <summary>Each chart renders, decodes as PNG and SVG, and carries the series, labels and legend it should.</summary>
public class ChartTests
{
    private static readonly Lazy<EnsembleData> Data = new(() =>
        EnsembleData.Run(ScenarioLoader.LoadOrThrow(TestScenarios.Shipped("barlingmascakeb.json")), 40, 1));

    private static void AssertRenders(Plot plot)
    {
        var png = plot.GetImageBytes(ChartStyle.Width, ChartStyle.Height, ImageFormat.Png);
        Assert.True(png.Length > 5000, "the PNG is suspiciously small");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        var svg = plot.GetSvgXml(ChartStyle.Width, ChartStyle.Height);
        Assert.Contains("<svg", svg);
        Assert.EndsWith("</svg>", svg.TrimEnd());
    }

    private static List<string> Legend(Plot plot) => [.. plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText).Concat(plot.Legend.ManualItems.Select(i => i.LabelText)).Where(t => !string.IsNullOrEmpty(t))];

    [Fact]
    public void EnsembleBandHasAMeanLineABandMoneyInJutaAndDates()
    {
        var plot = KadCharts.EnsembleBand(Data.Value.Series, Data.Value.Calendar, "funds", "funds");
        AssertRenders(plot);
        Assert.Equal(["5–95% of runs", "mean"], Legend(plot));
        Assert.Contains("Rp juta", plot.Axes.Left.Label.Text);
        var line = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Single();
        Assert.Equal(240, line.Data.GetScatterPoints().Count);
        // x is an OLE date: the first point is January 2003.
        Assert.Equal(new DateTime(2003, 1, 1), DateTime.FromOADate(line.Data.GetScatterPoints()[0].X));
    }

    [Fact]
    public void BandContainsTheMeanAndShrinksToTheValueForOneRun()
    {
        var band = SeriesBand.Of(Data.Value.Series, "mean_commitment");
        for (int t = 0; t < band.Mean.Length; t++)
        {
            if (!double.IsFinite(band.Mean[t])) continue;
            Assert.InRange(band.Mean[t], band.Low[t] - 1e-12, band.High[t] + 1e-12);
        }
        var one = SeriesBand.Of([Data.Value.Series[0]], "funds");
        Assert.Equal(one.Low, one.High);
        Assert.Equal(Data.Value.Series[0].Funds, one.Mean);
    }

    [Fact]
    public void StatusSharesAddUpToAllRuns()
    {
        var shares = SeriesBand.StatusShares(Data.Value.Series);
        for (int t = 0; t < shares[0].Length; t++) Assert.Equal(1.0, shares.Sum(s => s[t]), 9);
        var plot = KadCharts.StatusShares(Data.Value.Series, Data.Value.Calendar, "status");
        AssertRenders(plot);
        Assert.Contains("active", Legend(plot));
        Assert.Contains("dormant", Legend(plot));
    }

    [Fact]
    public void ComparisonHasBothScenarios()
    {
        var plot = KadCharts.Compare([("baseline", Data.Value.Series), ("what-if", Data.Value.Series[..10])], Data.Value.Calendar, "mean_trust", "compare");
        AssertRenders(plot);
        Assert.Contains("baseline: mean", Legend(plot));
        Assert.Contains("what-if: 5–95% of runs", Legend(plot));
    }

    [Fact]
    public void CaseRecordHeatmapSweepSobolAndCalibrationChartsRender()
    {
        var record = CaseRecord.For(Data.Value);
        Assert.Contains(record, f => f.Label == "auction value 2004–2009" && f.Reported == 321e9);
        AssertRenders(KadCharts.SimulatedVsReported(record, "record"));
        var heat = KadCharts.TrustHeatmap(Data.Value.MemberNames, Data.Value.MeanTrust(), "trust");
        AssertRenders(heat);
        Assert.Single(heat.GetPlottables().OfType<ScottPlot.Plottables.Heatmap>());
        AssertRenders(KadCharts.SweepResponse([1, 1, 2, 2, 3], [1, 2, 3, 4, 5], "x", "y", "response"));
        var sobol = KadCharts.SobolBars([new SensitivityRow("m", "a", 0.3, 0.2, 0.4, 0.5, 0.4, 0.6, double.NaN, double.NaN, double.NaN)], "sobol");
        AssertRenders(sobol);
        Assert.Equal(["first order S1", "total order ST"], Legend(sobol));
        AssertRenders(KadCharts.CalibrationFit([("auction value", 321e9, 320e9, 30e9)], "fit"));
    }

    [Fact]
    public void ChartsSaveAsPngAndSvg()
    {
        var dir = Directory.CreateTempSubdirectory("kadsim-chart-").FullName;
        try
        {
            var png = KadCharts.Save(KadCharts.StatusShares(Data.Value.Series, Data.Value.Calendar, "status"), Path.Combine(dir, "status"));
            Assert.True(new FileInfo(png).Length > 5000);
            Assert.True(File.Exists(Path.Combine(dir, "status.svg")));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void PairedDifferenceAndWilsonIntervalsAreRight()
    {
        var (d, lo, hi) = ReportText.PairedDifference([false, false, false, false], [true, true, false, false]);
        Assert.Equal(0.5, d, 12);
        Assert.True(lo < 0.5 && hi > 0.5);
        var (wl, wh) = ReportText.Wilson(0.5, 100);
        Assert.Equal(0.404, wl, 3);
        Assert.Equal(0.596, wh, 3);
    }
}
