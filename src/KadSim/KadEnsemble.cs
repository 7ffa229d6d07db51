using System.Globalization;
using KadSim.Charts;
using KadSim.Charts.Reports;
using KadSim.IO.Experiments;
using KadSim.Notebooks;
using KadSim.Observation;

namespace KadSim;

/// <summary>
/// Replications of one scenario (run r keyed by (seed, r), as <c>kadsim ensemble</c>): each run's summary and outcome
/// metrics, the main body's monthly series, its auction record, and survival probability with its uncertainty.
/// </summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class KadEnsemble
{
    internal KadEnsemble(KadScenario scenario, EnsembleData data)
    {
        Scenario = scenario;
        Data = data;
    }

    public KadScenario Scenario { get; }

    /// <summary>The scenario's label (see <see cref="KadScenario.Label"/>).</summary>
    public string Label => Scenario.Label;

    /// <summary>The in-memory ensemble the charts and reports are drawn from.</summary>
    public EnsembleData Data { get; }

    public int Runs => Data.Runs;
    public ulong Seed => Data.Seed;
    public KadSim.Time.Calendar Calendar => Data.Calendar;

    /// <summary>Each run's summary, by run index.</summary>
    public IReadOnlyList<RunSummary> Summaries => Data.Summaries;

    /// <summary>Each run's monthly series of the main body (funds, dues_income, mean_commitment, …).</summary>
    public IReadOnlyList<BodySeries> Series => Data.Series;

    /// <summary>A run-table metric per run, by run index (see <see cref="Kad.Metrics"/>; NaN where a run has none, e.g. dormant_year of a run never dormant).</summary>
    public double[] Metric(string metric)
    {
        if (!RunTable.Metrics.Contains(metric)) throw new ArgumentException($"unknown metric '{metric}'; known: {string.Join(", ", RunTable.Metrics)}", nameof(metric));
        return [.. Data.Summaries.Select(s => RunTable.Metric(s, metric))];
    }

    /// <summary>Mean and quantiles of every metric across runs, as <c>summary.csv</c> of <c>kadsim ensemble</c> (runs without a value left out).</summary>
    public IReadOnlyList<EnsembleSummary> Summary() =>
    [
        .. RunTable.Metrics.Select(m =>
        {
            var xs = Metric(m).Where(double.IsFinite).Order().ToArray();
            return xs.Length == 0
                ? new EnsembleSummary(m, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
                : new EnsembleSummary(m, xs.Length, xs.Average(), EnsembleSummary.Q(xs, 0.05), EnsembleSummary.Q(xs, 0.25), EnsembleSummary.Q(xs, 0.5), EnsembleSummary.Q(xs, 0.75), EnsembleSummary.Q(xs, 0.95));
        }),
    ];

    /// <summary>Survival probability: the share of runs in which the main body never goes dormant, with its Wilson 95% interval.</summary>
    public Proportion Survival => Proportion.Of(Data.NeverDormant);

    /// <summary>The share of runs meeting <paramref name="condition"/>, with its Wilson 95% interval.</summary>
    public Proportion Share(Func<RunSummary, bool> condition) => Proportion.Of(Data.Summaries.Select(condition));

    /// <summary>The share of runs in which the main body first goes dormant in <paramref name="from"/>..<paramref name="to"/> (calendar years).</summary>
    public Proportion DormantBetween(int from, int to) => Share(s => s.Main.DormantYear is { } y && y >= from && y <= to);

    /// <summary>Year the main body first went dormant, per run (null: never).</summary>
    public int?[] DormantYears => [.. Data.Summaries.Select(s => s.Main.DormantYear)];

    /// <summary>First dormant month per run as a fractional year (2011.0 = January 2011), NaN if never dormant.</summary>
    public double[] DormantTimes => [.. Data.Summaries.Select(s => s.Main.DormantYear is { } y ? y + ((s.Main.DormantMonth ?? 1) - 1) / 12.0 : double.NaN)];

    /// <summary>Mean years active of the main body across runs.</summary>
    public double MeanYearsActive => Data.Summaries.Average(s => s.Main.MonthsActive) / 12.0;

    /// <summary>The reported case figures (brief §6; BARLINGMASCAKEB's auction record and dormancy) beside the ensemble's mean and 5–95% range.</summary>
    public IReadOnlyList<CaseFigure> Record => CaseRecord.For(Data);

    /// <summary>The case record as a table: figure, reported value, the ensemble's mean, 5% and 95% of runs (Rupiah, percent, counts).</summary>
    public TextTable RecordTable() => TextTable.Of(["figure", "reported", "simulated mean", "5% of runs", "95% of runs"],
        Record.Select(f => new object?[] { f.Label, Show(f.Reported, f.Unit), Show(f.SimulatedMean, f.Unit), Show(f.SimulatedLow, f.Unit), Show(f.SimulatedHigh, f.Unit) }));

    /// <summary>One sentence per reported figure: whether it lies inside, below or above the ensemble's 5–95% range of runs.</summary>
    public IReadOnlyList<string> RecordVerdicts() =>
    [
        .. Record.Select(f =>
        {
            string where = f.Reported >= f.SimulatedLow && f.Reported <= f.SimulatedHigh ? "inside" : f.Reported < f.SimulatedLow ? "below" : "above";
            return $"{f.Label}: the reported {Show(f.Reported, f.Unit)} is {where} the model's 5–95% range of runs ({Show(f.SimulatedLow, f.Unit)} to {Show(f.SimulatedHigh, f.Unit)}; mean {Show(f.SimulatedMean, f.Unit)}).";
        }),
    ];

    private static string Show(double v, string unit) => unit switch
    {
        "Rp" => ReportText.Rupiah(v),
        "share" => ReportText.Percent(v),
        _ => ReportText.Number(v, "0.#"),
    };

    /// <summary>Auction value (Rp) and count per calendar year, summed over runs and divided by the runs: the mean auction record.</summary>
    public IReadOnlyList<(int Year, double MeanValue, double MeanCount)> AuctionsByYear =>
    [
        .. Data.Auctions.SelectMany(a => a).GroupBy(kv => kv.Key).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(kv => kv.Value.Sum) / Runs, g.Sum(kv => (double)kv.Value.Count) / Runs)),
    ];

    /// <summary>Mean and 5–95% band across runs of a monthly series (<see cref="BodySeries.Names"/>).</summary>
    public SeriesBand Band(string series) => SeriesBand.Of(Data.Series, series);

    /// <summary>Writes the run table (one row per run, as <c>kadsim ensemble</c> writes it) as one Parquet file, for DuckDB or pandas.</summary>
    public string WriteRunTable(string path)
    {
        var records = Data.Summaries.Select((s, r) => new RunRecord(r, 0, r, Seed, s)).ToList();
        RunTable.Write(path, records, [], [], _ => []);
        return Path.GetFullPath(path);
    }

    public override string ToString()
    {
        var years = DormantYears.Where(y => y is not null).Select(y => (double)y!.Value).Order().ToArray();
        var text = $"{Scenario.Name} ({Label}), {Runs} runs from seed {Seed}. Survival probability (never dormant): {Survival}. " +
                   $"Years active: {ReportText.Number(MeanYearsActive, "0.0")} on average.";
        if (years.Length > 0)
            text += string.Create(CultureInfo.InvariantCulture,
                $" The runs that go dormant do so in {EnsembleSummary.Q(years, 0.5):0} (median; 5–95% of them: {EnsembleSummary.Q(years, 0.05):0}–{EnsembleSummary.Q(years, 0.95):0}).");
        return text;
    }
}
