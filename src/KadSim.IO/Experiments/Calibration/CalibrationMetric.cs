using System.Globalization;
using System.Text.RegularExpressions;
using KadSim.Engine;
using KadSim.Events;
using KadSim.Observation;

namespace KadSim.IO.Experiments.Calibration;

/// <summary>
/// An outcome of one run that a calibration target measures: any run-table metric of the main body
/// (<see cref="RunTable.Metrics"/>, e.g. <c>dormant_year</c>), or an auction-record metric read from the
/// run's event log — <c>auction_count_&lt;from&gt;_&lt;to&gt;</c> (auctions the main body held in calendar years
/// from..to) and <c>auction_value_&lt;from&gt;_&lt;to&gt;</c> (their transaction value, Rp), e.g.
/// <c>auction_value_2004_2009</c> for the BARLINGMASCAKEB record of brief §6.
/// </summary>
public sealed partial class CalibrationMetric
{
    private enum Kind { RunTable, AuctionCount, AuctionValue }

    private readonly Kind _kind;
    private readonly int _from, _to;

    private CalibrationMetric(string name, Kind kind, int from = 0, int to = 0)
    {
        Name = name;
        _kind = kind;
        _from = from;
        _to = to;
    }

    public string Name { get; }

    /// <summary>Whether the metric needs the event log (else the run summary is enough).</summary>
    public bool UsesEvents => _kind != Kind.RunTable;

    /// <summary>The metric names a target may use, for error messages: the run-table metrics, then the auction-record patterns.</summary>
    public static IReadOnlyList<string> Allowed { get; } =
        [.. RunTable.Metrics, "auction_count_<from>_<to>", "auction_value_<from>_<to>"];

    /// <summary>The auction-record metrics of BARLINGMASCAKEB (brief §6), as examples of the patterns.</summary>
    public static IReadOnlyList<string> AuctionRecord { get; } =
        ["auction_count_2004_2009", "auction_value_2004_2009", "auction_value_2004_2005"];

    /// <summary>Parses a metric name; returns null with the reason if it is not one.</summary>
    public static CalibrationMetric? Parse(string name, out string? error)
    {
        error = null;
        var n = name.Trim();
        var known = RunTable.Metrics.FirstOrDefault(m => string.Equals(m, n, StringComparison.OrdinalIgnoreCase));
        if (known is not null) return new CalibrationMetric(known, Kind.RunTable);
        var match = AuctionPattern().Match(n);
        if (match.Success)
        {
            int from = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), to = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            if (from > to) { error = $"year range {from}..{to} is empty (the first year must not be after the second)"; return null; }
            var kind = string.Equals(match.Groups[1].Value, "count", StringComparison.OrdinalIgnoreCase) ? Kind.AuctionCount : Kind.AuctionValue;
            return new CalibrationMetric(n.ToLowerInvariant(), kind, from, to);
        }
        error = $"unknown metric '{name}'";
        return null;
    }

    /// <summary>The metric's value for a finished run (NaN where it has none, e.g. dormant_year of a body never dormant).</summary>
    public double Value(Simulation sim, RunSummary summary)
    {
        if (_kind == Kind.RunTable) return RunTable.Metric(summary, Name);
        double count = 0, value = 0;
        var calendar = sim.World.Calendar;
        foreach (ref readonly var e in sim.World.Events.AsSpan())
        {
            if (e.Kind != EventKind.AuctionHeld || e.Body != 0) continue;
            int year = calendar.YearAt(e.Tick);
            if (year < _from || year > _to) continue;
            count++;
            value += e.Value;
        }
        return _kind == Kind.AuctionCount ? count : value;
    }

    /// <summary>Runs replication <paramref name="run"/> to the end and measures <paramref name="metrics"/> on it.</summary>
    public static double[] Measure(KadSim.Scenario.ScenarioSpec spec, ulong seed, int run, IReadOnlyList<CalibrationMetric> metrics, CancellationToken ct = default) =>
        Measure(new Simulation(spec, seed, run), metrics, ct);

    /// <summary>Runs a fresh simulation to the end and measures <paramref name="metrics"/> on it (usable with <c>Ensemble.Map</c>).</summary>
    public static double[] Measure(Simulation sim, IReadOnlyList<CalibrationMetric> metrics, CancellationToken ct = default)
    {
        var summary = sim.RunToEnd(cancel: ct);
        var values = new double[metrics.Count];
        for (int k = 0; k < values.Length; k++) values[k] = metrics[k].Value(sim, summary);
        return values;
    }

    public override string ToString() => Name;

    [GeneratedRegex(@"^auction_(count|value)_(\d{4})_(\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuctionPattern();
}
