using KadSim.Charts.Reports;
using KadSim.Notebooks;
using KadSim.Observation;

namespace KadSim;

/// <summary>One run of a scenario: its summary, and its traces (in memory, or in the run folder it was written to).</summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class KadRun
{
    private readonly Lazy<Traces> _traces;

    internal KadRun(KadScenario scenario, ulong seed, int run, RunSummary summary, string? folder, Traces? traces)
    {
        Scenario = scenario;
        Seed = seed;
        RunIndex = run;
        Summary = summary;
        Folder = folder;
        _traces = traces is not null ? new(traces) : new(() => Traces.Read(folder!));
    }

    public KadScenario Scenario { get; }
    public ulong Seed { get; }
    public int RunIndex { get; }
    public RunSummary Summary { get; }

    /// <summary>Outcome of the main (first) body.</summary>
    public BodyOutcome Main => Summary.Main;

    /// <summary>The run folder (Parquet tables and manifest.json), or null if the traces are in memory only.</summary>
    public string? Folder { get; }

    /// <summary>The run's three tables as typed columns (read from <see cref="Folder"/> on first use if it was written to one).</summary>
    public Traces Traces => _traces.Value;

    /// <summary>Years the main body was active.</summary>
    public double YearsActive => Main.MonthsActive / 12.0;

    /// <summary>First month the main body was dormant ("2011-07"), or null if it never was.</summary>
    public string? DormantFrom => Main.DormantYear is { } y ? $"{y:D4}-{Main.DormantMonth ?? 1:D2}" : null;

    public override string ToString() =>
        $"{Scenario.Name} ({Scenario.Label}), seed {Seed}, run {RunIndex}: {Scenario.Body} was active {YearsActive:0.#} years and " +
        (DormantFrom is { } d ? $"went dormant in {d}" : "never went dormant") +
        $"; it ended {Main.FinalStatus.ToString().ToLowerInvariant()}. Dues collected {ReportText.Rupiah(Main.DuesCollected)}, grants {ReportText.Rupiah(Main.GrantsReceived)}; " +
        $"{Main.AuctionsHeld} auctions worth {ReportText.Rupiah(Main.AuctionValue)}; {Summary.HeadTurnovers} head turnovers.";
}
