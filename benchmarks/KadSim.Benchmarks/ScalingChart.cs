using System.Globalization;
using ScottPlot;

namespace KadSim.Benchmarks;

/// <summary>
/// <c>--chart [results folder]</c>: the scaling chart of docs/performance.md (docs/performance-scaling.png), region-ticks
/// per second against regions on log–log axes, from BenchmarkDotNet's CSV reports of <see cref="RegionTicksBenchmark"/>
/// and <see cref="SpeedOfLightBenchmark"/> (BenchmarkDotNet.Artifacts/results by default), with the 50 M target.
/// </summary>
internal static class ScalingChart
{
    public static int Run(string? resultsDir)
    {
        var root = CaseRunBenchmark.RepoRoot();
        var dir = resultsDir ?? Path.Combine(root, "BenchmarkDotNet.Artifacts", "results");
        var model = Read(Path.Combine(dir, "KadSim.Benchmarks.RegionTicksBenchmark-report.csv"), null);
        var scalar = Read(Path.Combine(dir, "KadSim.Benchmarks.SpeedOfLightBenchmark-report.csv"), "scalar");
        var vector = Read(Path.Combine(dir, "KadSim.Benchmarks.SpeedOfLightBenchmark-report.csv"), "vectorised");
        if (model.Count == 0)
        {
            Console.Error.WriteLine($"no RegionTicksBenchmark results in {dir}: run the benchmarks first (see docs/performance.md)");
            return 2;
        }

        var plot = new Plot();
        Line(plot, model, "full model (all mechanisms)", Colors.Blue, MarkerShape.FilledCircle);
        if (vector.Count > 0) Line(plot, vector, "speed of light, vectorised (relax + 1 draw)", Colors.Green, MarkerShape.FilledSquare);
        if (scalar.Count > 0) Line(plot, scalar, "speed of light, scalar loop", Colors.Gray, MarkerShape.OpenSquare);
        var target = plot.Add.HorizontalLine(Math.Log10(50), 2, Colors.Red, LinePattern.Dashed);
        target.LegendText = "target at 1 M regions: 50 M region-ticks/s";
        plot.Axes.Bottom.TickGenerator = LogTicks();
        plot.Axes.Left.TickGenerator = LogTicks();
        plot.Axes.Bottom.Label.Text = "regions (log scale)";
        plot.Axes.Left.Label.Text = "million region-ticks per second, one core (log scale)";
        plot.Title("KadSim scaling: generated worlds, mean trust degree 10, 240 monthly ticks");
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Axes.SetLimits(Math.Log10(600), Math.Log10(1.6e6), Math.Log10(1), Math.Log10(3000));
        var file = Path.Combine(root, "docs", "performance-scaling.png");
        plot.SavePng(file, 900, 560);
        Console.WriteLine($"wrote {file}");
        return 0;
    }

    private static void Line(Plot plot, List<(double Regions, double Rate)> points, string label, Color color, MarkerShape marker)
    {
        var s = plot.Add.Scatter(points.Select(p => Math.Log10(p.Regions)).ToArray(), points.Select(p => Math.Log10(p.Rate)).ToArray(), color);
        s.LegendText = label;
        s.MarkerShape = marker;
        s.MarkerSize = 8;
        s.LineWidth = 2;
    }

    private static ScottPlot.TickGenerators.NumericManual LogTicks()
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var v in new[] { 1.0, 10, 100, 1_000, 10_000, 100_000, 1_000_000 })
            ticks.AddMajor(Math.Log10(v), v switch
            {
                >= 1_000_000 => (v / 1_000_000).ToString("0", CultureInfo.InvariantCulture) + " M",
                >= 1_000 => (v / 1_000).ToString("0", CultureInfo.InvariantCulture) + " k",
                _ => v.ToString("0", CultureInfo.InvariantCulture),
            });
        foreach (var m in new[] { 2.0, 3, 5 })
            for (double d = 1; d < 1e6; d *= 10) ticks.AddMinor(Math.Log10(m * d));
        return ticks;
    }

    /// <summary>(regions, M region-ticks/s) per row of a BenchmarkDotNet CSV report; rows whose method description contains <paramref name="method"/>.</summary>
    private static List<(double, double)> Read(string csv, string? method)
    {
        var list = new List<(double, double)>();
        if (!File.Exists(csv)) return list;
        var lines = File.ReadAllLines(csv);
        var header = Split(lines[0]);
        int regions = Array.IndexOf(header, "Regions"), rate = Array.IndexOf(header, "M region-ticks/s"), name = Array.IndexOf(header, "Method");
        if (regions < 0 || rate < 0) return list;
        foreach (var line in lines.Skip(1))
        {
            var cells = Split(line);
            if (method is not null && (name < 0 || !cells[name].Contains(method, StringComparison.OrdinalIgnoreCase))) continue;
            if (double.TryParse(cells[regions].Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var r)
                && double.TryParse(cells[rate].Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                list.Add((r, v));
        }
        return [.. list.OrderBy(p => p.Item1)];
    }

    /// <summary>Splits a CSV line (BenchmarkDotNet quotes cells that hold the separator).</summary>
    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }
}
