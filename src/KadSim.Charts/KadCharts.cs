using KadSim.IO.Experiments;
using KadSim.Observation;
using KadSim.Time;
using ScottPlot;

namespace KadSim.Charts;

/// <summary>
/// The charts of KadSim, one method each (ScottPlot 5 underneath; every method returns the
/// <see cref="Plot"/> so callers can restyle it). Titles, axis labels with units, legends and calendar
/// dates on time axes are set here so every chart is readable at report size.
/// </summary>
public static class KadCharts
{
    private static readonly Color[] Palette = [Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen, Colors.Crimson, Colors.SlateGray, Colors.Purple];

    /// <summary>Mean and 5–95% band across runs of a monthly series, on a calendar axis. Money in juta or milyar.</summary>
    public static Plot EnsembleBand(IReadOnlyList<BodySeries> runs, Calendar calendar, string series, string title) =>
        Compare([(null, runs)], calendar, series, title);

    /// <summary>Bands of one series for several ensembles side by side (baseline vs what-if).</summary>
    public static Plot Compare(IReadOnlyList<(string? Label, IReadOnlyList<BodySeries> Runs)> ensembles, Calendar calendar, string series, string title)
    {
        var plot = NewPlot(title);
        var xs = Dates(calendar);
        var (label, money) = SeriesLabel(series);
        var bands = ensembles.Select(e => SeriesBand.Of(e.Runs, series)).ToList();
        double divisor = 1;
        if (money)
        {
            double max = bands.SelectMany(b => b.High).Where(double.IsFinite).DefaultIfEmpty(0).Max(Math.Abs);
            (divisor, var unit) = ChartStyle.RupiahScale(max);
            label = $"{label} ({unit})";
        }
        for (int k = 0; k < bands.Count; k++)
        {
            var b = bands[k];
            var color = Palette[k % Palette.Length];
            var fill = plot.Add.FillY(xs, Scale(b.Low, divisor), Scale(b.High, divisor));
            fill.FillColor = color.WithAlpha(0.25);
            fill.LineWidth = 0;
            fill.LegendText = ensembles[k].Label is { } l ? $"{l}: 5–95% of runs" : "5–95% of runs";
            var line = plot.Add.ScatterLine(xs, Scale(b.Mean, divisor), color);
            line.LineWidth = 2;
            line.LegendText = ensembles[k].Label is { } m ? $"{m}: mean" : "mean";
        }
        plot.Axes.DateTimeTicksBottom();
        plot.XLabel("month");
        plot.YLabel(label);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>Share of runs in which the body is active, dormant or dissolved, month by month (stacked).</summary>
    public static Plot StatusShares(IReadOnlyList<BodySeries> runs, Calendar calendar, string title)
    {
        var plot = NewPlot(title);
        var xs = Dates(calendar);
        var shares = SeriesBand.StatusShares(runs);
        string[] names = ["not yet founded", "active", "dormant", "dissolved"];
        Color[] colors = [Colors.LightGray, Colors.SeaGreen, Colors.DarkOrange, Colors.Crimson];
        var bottom = new double[xs.Length];
        foreach (int s in new[] { 1, 2, 3, 0 })
        {
            var top = bottom.Select((v, t) => v + 100 * shares[s][t]).ToArray();
            if (shares[s].Any(v => v > 0))
            {
                var fill = plot.Add.FillY(xs, bottom, top);
                fill.FillColor = colors[s].WithAlpha(0.8);
                fill.LineWidth = 0;
                fill.LegendText = names[s];
            }
            bottom = top;
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimitsY(0, 100);
        plot.XLabel("month");
        plot.YLabel("share of runs (%)");
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    /// <summary>Reported case figures beside the model's ensemble estimate (mean, 5–95% error bar).</summary>
    public static Plot SimulatedVsReported(IReadOnlyList<CaseFigure> figures, string title)
    {
        var plot = NewPlot(title);
        var reported = new List<Bar>();
        var simulated = new List<Bar>();
        var ticks = new List<Tick>();
        for (int i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            // Each figure is normalised by its reported value so different units share one axis.
            double scale = f.Reported == 0 ? 1 : 100 / f.Reported;
            reported.Add(new Bar { Position = 3 * i, Value = f.Reported * scale, FillColor = Colors.SlateGray });
            simulated.Add(new Bar { Position = 3 * i + 1, Value = f.SimulatedMean * scale, FillColor = Colors.SteelBlue });
            if (f.SimulatedHigh > f.SimulatedLow) Whisker(plot, 3 * i + 1, f.SimulatedLow * scale, f.SimulatedHigh * scale);
            ticks.Add(new Tick(3 * i + 0.5, $"{f.Label}\nreported {Fmt(f.Reported)} {f.Unit}"));
        }
        var r = plot.Add.Bars(reported);
        r.LegendText = "reported (= 100)";
        var s = plot.Add.Bars(simulated);
        s.LegendText = "simulated mean, 5–95% of runs";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("percent of the reported figure");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>Trust among a body's members (row trusts column) as a heatmap with a colour bar.</summary>
    public static Plot TrustHeatmap(string[] names, double[,] trust, string title)
    {
        var plot = NewPlot(title);
        int n = names.Length;
        // Heatmap rows run top to bottom: flip so row 0 is at the top, as in a matrix.
        var flipped = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) flipped[n - 1 - i, j] = trust[i, j];
        var hm = plot.Add.Heatmap(flipped);
        hm.Colormap = new ScottPlot.Colormaps.Viridis();
        hm.ManualRange = new ScottPlot.Range(0, 1);
        plot.Add.ColorBar(hm).Label = "trust (0–1)";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. names.Select((s, j) => new Tick(j, s))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. names.Select((s, i) => new Tick(n - 1 - i, s))]);
        plot.XLabel("trusted region");
        plot.YLabel("trusting region");
        return plot;
    }

    /// <summary>A sweep's response: every run as a dot and the mean per distinct parameter value as a line.</summary>
    public static Plot SweepResponse(double[] x, double[] y, string xLabel, string yLabel, string title)
    {
        var plot = NewPlot(title);
        var dots = plot.Add.ScatterPoints(x, y, Colors.SteelBlue.WithAlpha(0.35));
        dots.MarkerSize = 4;
        dots.LegendText = "runs";
        var groups = x.Zip(y).Where(p => double.IsFinite(p.Second)).GroupBy(p => p.First).OrderBy(g => g.Key).ToList();
        if (groups.Count <= 50)
        {
            var mean = plot.Add.ScatterLine(groups.Select(g => g.Key).ToArray(), groups.Select(g => g.Average(p => p.Second)).ToArray(), Colors.DarkOrange);
            mean.LineWidth = 2;
            mean.LegendText = "mean per value";
        }
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>Sobol first- and total-order indices per parameter with their bootstrap confidence intervals.</summary>
    public static Plot SobolBars(IReadOnlyList<SensitivityRow> rows, string title)
    {
        var plot = NewPlot(title);
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            bars.Add(new Bar { Position = 3 * i, Value = r.S1, FillColor = Colors.SteelBlue });
            bars.Add(new Bar { Position = 3 * i + 1, Value = r.ST, FillColor = Colors.DarkOrange });
            ticks.Add(new Tick(3 * i + 0.5, r.Parameter));
        }
        plot.Add.Bars(bars);
        for (int i = 0; i < rows.Count; i++)
        {
            Whisker(plot, 3 * i, rows[i].S1Low, rows[i].S1High);
            Whisker(plot, 3 * i + 1, rows[i].STLow, rows[i].STHigh);
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.YLabel("Sobol index (share of output variance), 95% CI");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "first order S1", FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "total order ST", FillColor = Colors.DarkOrange });
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>Calibration fit: observed target vs simulated value per target, in units of each target's scale.</summary>
    public static Plot CalibrationFit(IReadOnlyList<(string Target, double Observed, double Simulated, double Scale)> fit, string title)
    {
        var figures = fit.Select(f => new CaseFigure(f.Target, f.Observed, f.Simulated, f.Simulated, f.Simulated, "")).ToList();
        return SimulatedVsReported(figures, title);
    }

    /// <summary>Saves <paramref name="plot"/> as PNG and SVG next to each other; returns the PNG path.</summary>
    public static string Save(Plot plot, string pathWithoutExtension, int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pathWithoutExtension))!);
        plot.SavePng(pathWithoutExtension + ".png", width, height);
        plot.SaveSvg(pathWithoutExtension + ".svg", width, height);
        return pathWithoutExtension + ".png";
    }

    /// <summary>An error bar from <paramref name="low"/> to <paramref name="high"/> at <paramref name="x"/> (bars in ScottPlot take only symmetric errors).</summary>
    private static void Whisker(Plot plot, double x, double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high)) return;
        foreach (var (x1, y1, x2, y2) in new[] { (x, low, x, high), (x - 0.2, low, x + 0.2, low), (x - 0.2, high, x + 0.2, high) })
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.LineColor = Colors.Black;
            line.LineWidth = 1.5f;
        }
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = 18;
        return plot;
    }

    private static double[] Dates(Calendar calendar) =>
        [.. Enumerable.Range(0, calendar.Ticks).Select(t => new DateTime(calendar.YearAt(t), calendar.MonthAt(t), 1).ToOADate())];

    private static double[] Scale(double[] values, double divisor) => divisor == 1 ? values : [.. values.Select(v => v / divisor)];

    /// <summary>Axis label of a series, and whether it is money (to be shown in juta or milyar).</summary>
    public static (string Label, bool Money) SeriesLabel(string series) => series switch
    {
        "funds" => ("body's funds", true),
        "dues_income" => ("dues received per month", true),
        "auction_value" => ("auction transactions per month", true),
        "benefit" => ("benefits to members per month", true),
        "mean_commitment" => ("heads' mean commitment (0–1)", false),
        "mean_trust" => ("mean trust among members (0–1)", false),
        "attendance" => ("attendance at the last forum meeting (share)", false),
        "manager_trust" => ("trust in the manager (0–1)", false),
        _ => (series, false),
    };

    private static string Fmt(double v) => Math.Abs(v) >= 1e9 ? $"{v / 1e9:0.#} milyar" : Math.Abs(v) >= 1e6 ? $"{v / 1e6:0.#} juta" : $"{v:0.##}";
}
