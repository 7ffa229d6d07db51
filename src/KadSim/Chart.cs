using System.Net;
using KadSim.Charts;
using KadSim.Charts.Reports;
using KadSim.IO.Experiments;
using KadSim.Notebooks;
using ScottPlot;

namespace KadSim;

/// <summary>
/// A chart (ScottPlot underneath, drawn by <see cref="KadCharts"/>): save it as PNG and SVG, get its bytes, or show it
/// inline — in a Polyglot notebook <c>display(chart)</c> renders it as an image; in a file-based app
/// <c>Notebook.display(chart)</c> saves it into the notebook's output folder.
/// </summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class Chart
{
    static Chart() => NativeAssets.EnsureResolver();

    public Chart(Plot plot, string title, int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Plot = plot;
        Title = title;
        Width = width;
        Height = height;
    }

    /// <summary>The ScottPlot plot, to restyle before saving.</summary>
    public Plot Plot { get; }

    public string Title { get; }
    public int Width { get; init; }
    public int Height { get; init; }

    /// <summary>The chart as PNG bytes.</summary>
    public byte[] Png() => Plot.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>The chart as SVG text.</summary>
    public string Svg() => Plot.GetSvgXml(Width, Height);

    /// <summary>An HTML &lt;img&gt; with the PNG inline (a data URI): what notebooks display.</summary>
    public string ToHtml() =>
        $"<img src=\"data:image/png;base64,{Convert.ToBase64String(Png())}\" alt=\"{WebUtility.HtmlEncode(Title)}\" width=\"{Width}\" height=\"{Height}\"/>";

    /// <summary>Saves <c>path.png</c> and <c>path.svg</c> (an extension .png or .svg given is dropped); returns the PNG's full path.</summary>
    public string Save(string path)
    {
        var ext = Path.GetExtension(path);
        if (ext.Equals(".png", StringComparison.OrdinalIgnoreCase) || ext.Equals(".svg", StringComparison.OrdinalIgnoreCase)) path = path[..^ext.Length];
        return Path.GetFullPath(KadCharts.Save(Plot, path, Width, Height));
    }

    public override string ToString() => $"chart: {Title}";

    // ---- the charts of KadSim ----

    /// <summary>Share of runs in which the body is active, dormant or dissolved, month by month.</summary>
    public static Chart Status(KadEnsemble ensemble, string? title = null)
    {
        var t = title ?? $"{ensemble.Scenario.Name} ({ensemble.Label}): status across {ensemble.Runs} runs";
        return new(KadCharts.StatusShares(ensemble.Data.Series, ensemble.Calendar, t), t);
    }

    /// <summary>Mean and 5–95% band across runs of a monthly series: funds, dues_income, auction_value, benefit, mean_commitment, mean_trust, attendance, manager_trust.</summary>
    public static Chart Band(KadEnsemble ensemble, string series, string? title = null)
    {
        var t = title ?? $"{KadCharts.SeriesLabel(series).Label} ({ensemble.Label}, {ensemble.Runs} runs)";
        return new(KadCharts.EnsembleBand(ensemble.Data.Series, ensemble.Calendar, series, t), t);
    }

    /// <summary>One series, baseline vs what-if (and more ensembles), bands side by side.</summary>
    public static Chart Compare(KadEnsemble baseline, KadEnsemble whatIf, string series, string? title = null) => Compare([baseline, whatIf], series, title);

    /// <summary>One series for several ensembles, bands side by side; legends use each ensemble's label.</summary>
    public static Chart Compare(IReadOnlyList<KadEnsemble> ensembles, string series, string? title = null)
    {
        var t = title ?? $"{KadCharts.SeriesLabel(series).Label}: {string.Join(" vs ", ensembles.Select(e => e.Label))}";
        return new(KadCharts.Compare([.. ensembles.Select(e => ((string?)e.Label, (IReadOnlyList<Observation.BodySeries>)e.Data.Series))], ensembles[0].Calendar, series, t), t);
    }

    /// <summary>The case record as reported (= 100) beside the ensemble's mean and 5–95% of runs.</summary>
    public static Chart Record(KadEnsemble ensemble, string? title = null)
    {
        var t = title ?? $"{ensemble.Scenario.Name}: simulated ({ensemble.Runs} runs) vs reported";
        return new(KadCharts.SimulatedVsReported(ensemble.Record, t), t);
    }

    /// <summary>Mean trust among the main body's members at the end of the runs.</summary>
    public static Chart Trust(KadEnsemble ensemble, string? title = null)
    {
        var t = title ?? $"Trust among members at {ensemble.Data.TrustDates[^1]} (mean of {ensemble.Runs} runs)";
        return new(KadCharts.TrustHeatmap(ensemble.Data.MemberNames, ensemble.Data.MeanTrust(), t), t);
    }

    /// <summary>Sobol first- and total-order indices of one metric with their 95% intervals.</summary>
    public static Chart Sobol(KadSensitivity sensitivity, string metric, string? title = null)
    {
        var rows = sensitivity.For(metric);
        if (rows.Count == 0 || rows.Any(r => !double.IsFinite(r.ST))) throw new ArgumentException($"no Sobol indices for '{metric}' (method {sensitivity.Method}; metrics: {string.Join(", ", sensitivity.Metrics)})", nameof(metric));
        var t = title ?? $"Sobol indices: {metric}";
        return new(KadCharts.SobolBars([.. rows], t), t);
    }

    /// <summary>A sweep's response: <paramref name="metric"/> of every run against one parameter column, with the mean per value.</summary>
    public static Chart Response(KadSweep sweep, string parameter, string metric, string? title = null)
    {
        var t = title ?? $"{metric} vs {parameter}";
        return new(KadCharts.SweepResponse(sweep.Column(parameter), sweep.Column(metric), parameter, metric, t), t);
    }

    /// <summary>Calibration fit: each target observed (= 100) beside the fitted model's value.</summary>
    public static Chart Fit(KadCalibration calibration, string? title = null)
    {
        var t = title ?? "Calibration: fitted model vs observed targets";
        return new(KadCharts.CalibrationFit([.. calibration.Fit.Targets.Select(f => (f.Metric, f.Observed, f.Simulated, f.Scale))], t), t);
    }

    /// <summary>
    /// Bars of counts per bin of <paramref name="binWidth"/> from the lowest to the highest value (NaN values left out), e.g.
    /// the first dormant month across runs by quarter. <paramref name="binLabel"/> names a bin by its lower edge (default: the number).
    /// </summary>
    public static Chart Histogram(IEnumerable<double> values, string title, string xLabel, double binWidth = 1, Func<double, string>? binLabel = null, string yLabel = "runs")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(binWidth);
        var xs = values.Where(double.IsFinite).ToArray();
        var plot = NewPlot(title);
        var label = binLabel ?? (x => x.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
        if (xs.Length > 0)
        {
            long first = (long)Math.Floor(xs.Min() / binWidth + 1e-9), last = (long)Math.Floor(xs.Max() / binWidth + 1e-9);
            int bins = checked((int)(last - first + 1));
            var counts = new double[bins];
            foreach (var x in xs) counts[(int)((long)Math.Floor(x / binWidth + 1e-9) - first)]++;
            var bars = plot.Add.Bars(counts);
            bars.Color = Colors.SteelBlue;
            int every = Math.Max(1, (int)Math.Ceiling(bins / 16.0));
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. Enumerable.Range(0, bins).Where(i => i % every == 0).Select(i => new Tick(i, label((first + i) * binWidth)))]);
        }
        plot.Axes.Margins(bottom: 0);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return new(plot, title);
    }

    /// <summary>Bars with labels (e.g. a DuckDB query's groups).</summary>
    public static Chart Bars(IReadOnlyList<(string Label, double Value)> bars, string title, string yLabel)
    {
        var plot = NewPlot(title);
        var b = plot.Add.Bars(bars.Select(x => x.Value).ToArray());
        b.Color = Colors.SteelBlue;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. bars.Select((x, i) => new Tick(i, x.Label))]);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel(yLabel);
        return new(plot, title);
    }

    /// <summary>Monthly lines on a calendar axis, e.g. columns of <see cref="Traces"/>: <c>Chart.Lines("Funds", "Rp", t.Bodies.Date, ("funds", t.Bodies.Funds))</c>.</summary>
    public static Chart Lines(string title, string yLabel, IReadOnlyList<DateOnly> dates, params (string Label, double[] Values)[] lines)
    {
        var plot = NewPlot(title);
        var xs = dates.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        Color[] palette = [Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen, Colors.Crimson, Colors.SlateGray, Colors.Purple];
        for (int k = 0; k < lines.Length; k++)
        {
            var line = plot.Add.ScatterLine(xs, lines[k].Values, palette[k % palette.Length]);
            line.LineWidth = 2;
            line.LegendText = lines[k].Label;
        }
        plot.Axes.DateTimeTicksBottom();
        plot.XLabel("month");
        plot.YLabel(yLabel);
        if (lines.Length > 1) plot.ShowLegend(Alignment.UpperRight);
        return new(plot, title);
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = 18;
        return plot;
    }
}
