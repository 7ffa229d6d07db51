using KadSim.IO.Output;
using KadSim.Notebooks;

namespace KadSim;

/// <summary>
/// A run's three trace tables as typed columns — <see cref="Regions"/> (region_ticks), <see cref="Bodies"/>
/// (body_ticks) and <see cref="Events"/> (events) — read from a run folder's Parquet files with Parquet.Net, or
/// recorded in memory by <see cref="KadScenario.Run"/>. Column names and contents are those of the Parquet files
/// (README, "Outputs"): e.g. <c>Traces.Read("out/barlingmascakeb").Bodies.Funds</c> is the body_ticks <c>funds</c> column.
/// </summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class Traces
{
    internal Traces(RegionTicks regions, BodyTicks bodies, EventTable events, string? folder)
    {
        Regions = regions;
        Bodies = bodies;
        Events = events;
        Folder = folder;
    }

    /// <summary>region_ticks: one row per region per month.</summary>
    public RegionTicks Regions { get; }

    /// <summary>body_ticks: one row per cooperation body per month.</summary>
    public BodyTicks Bodies { get; }

    /// <summary>events: one row per event.</summary>
    public EventTable Events { get; }

    /// <summary>The run folder the tables were read from (null if recorded in memory).</summary>
    public string? Folder { get; }

    /// <summary>Reads a completed run folder (one that has manifest.json, written last by every run).</summary>
    /// <exception cref="InvalidDataException">The folder holds no completed run, or a table lacks a column.</exception>
    public static Traces Read(string folder)
    {
        var dir = Kad.Resolve(folder);
        if (!File.Exists(Path.Combine(dir, RunFolder.ManifestName)))
            throw new InvalidDataException($"'{folder}' is not a completed run folder: {RunFolder.ManifestName} is missing (a run writes it last)");
        return new Traces(
            new RegionTicks(ParquetColumns.Read(Path.Combine(dir, TraceTables.RegionTicks))),
            new BodyTicks(ParquetColumns.Read(Path.Combine(dir, TraceTables.BodyTicks))),
            new EventTable(ParquetColumns.Read(Path.Combine(dir, TraceTables.Events))),
            dir);
    }

    public override string ToString() =>
        $"traces: {Regions.Count:N0} region-months, {Bodies.Count:N0} body-months, {Events.Count:N0} events" + (Folder is null ? " (in memory)" : $" (read from {Path.GetFileName(Folder)})");
}

/// <summary>A table held as typed column arrays, all of <see cref="Count"/> rows, in the order of the file.</summary>
public abstract class ColumnTable
{
    private readonly Dictionary<string, Array> _columns;

    private protected ColumnTable(string table, IReadOnlyList<(string Name, Type Type)> schema, Dictionary<string, Array> columns)
    {
        _columns = columns;
        Name = table;
        Count = columns.Count == 0 ? 0 : columns.Values.First().Length;
        foreach (var (name, type) in schema)
        {
            if (!columns.TryGetValue(name, out var a))
                throw new InvalidDataException($"{table}: column '{name}' is missing (have: {string.Join(", ", columns.Keys)})");
            if (a.GetType().GetElementType() != type)
                throw new InvalidDataException($"{table}: column '{name}' holds {a.GetType().GetElementType()?.Name}, expected {type.Name}");
        }
        if (columns.Values.Any(c => c.Length != Count)) throw new InvalidDataException($"{table}: columns differ in length");
        ColumnNames = [.. schema.Select(s => s.Name), .. columns.Keys.Where(k => !schema.Any(s => s.Name == k))];
    }

    /// <summary>The table's name (region_ticks, body_ticks or events).</summary>
    public string Name { get; }

    public int Count { get; }

    /// <summary>Column names in the file's order (the documented ones first).</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>A column by its Parquet name (an int[], double[], string?[], DateOnly[] or int?[]).</summary>
    public Array Column(string name) => _columns.TryGetValue(name, out var a) ? a
        : throw new ArgumentException($"{Name} has no column '{name}' (have: {string.Join(", ", ColumnNames)})", nameof(name));

    /// <summary>A column by its Parquet name, typed.</summary>
    public T[] Column<T>(string name) => Column(name) as T[]
        ?? throw new InvalidCastException($"{Name}.{name} holds {Column(name).GetType().GetElementType()?.Name}, not {typeof(T).Name}");

    internal IReadOnlyDictionary<string, Array> Columns => _columns;

    private protected T[] Get<T>(string name) => (T[])_columns[name];

    private protected Dictionary<string, Array> Subset(IEnumerable<int> rows)
    {
        var index = rows as int[] ?? rows.ToArray();
        var result = new Dictionary<string, Array>(_columns.Count);
        foreach (var (name, column) in _columns)
        {
            var copy = Array.CreateInstance(column.GetType().GetElementType()!, index.Length);
            for (int k = 0; k < index.Length; k++) Array.Copy(column, index[k], copy, k, 1);
            result[name] = copy;
        }
        return result;
    }

    /// <summary>The first <paramref name="rows"/> rows as a table (what a notebook shows).</summary>
    public TextTable Preview(int rows = 10) =>
        TextTable.Of(ColumnNames, Enumerable.Range(0, Math.Min(rows, Count)).Select(i => ColumnNames.Select(c => _columns[c].GetValue(i))));

    public override string ToString() => $"{Name}: {Count:N0} rows × {ColumnNames.Count} columns ({string.Join(", ", ColumnNames)})";
}

/// <summary>region_ticks: one row per region per month (columns as in the README's "Outputs").</summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class RegionTicks : ColumnTable
{
    internal static readonly (string, Type)[] Schema =
    [
        ("run", typeof(int)), ("tick", typeof(int)), ("year", typeof(int)), ("month", typeof(int)), ("date", typeof(DateOnly)),
        ("region", typeof(string)), ("region_index", typeof(int)), ("head_id", typeof(int)), ("head_term", typeof(int)), ("head_tenure_months", typeof(int)),
        ("commitment", typeof(double)), ("trust_out", typeof(double)), ("trust_in", typeof(double)), ("budget_remaining", typeof(double)),
        ("dues_paid", typeof(double)), ("income", typeof(double)), ("spending", typeof(double)), ("social_capital", typeof(double)),
        ("staff_capacity", typeof(double)), ("failure_memory", typeof(double)), ("benefit", typeof(double)),
    ];

    internal RegionTicks(Dictionary<string, Array> columns) : base("region_ticks", Schema, columns) { }

    public int[] Run => Get<int>("run");
    public int[] Tick => Get<int>("tick");
    public int[] Year => Get<int>("year");
    public int[] Month => Get<int>("month");
    public DateOnly[] Date => Get<DateOnly>("date");
    public string[] Region => Get<string>("region");
    public int[] RegionIndex => Get<int>("region_index");
    public int[] HeadId => Get<int>("head_id");
    public int[] HeadTerm => Get<int>("head_term");
    public int[] HeadTenureMonths => Get<int>("head_tenure_months");
    public double[] Commitment => Get<double>("commitment");
    public double[] TrustOut => Get<double>("trust_out");
    public double[] TrustIn => Get<double>("trust_in");
    public double[] BudgetRemaining => Get<double>("budget_remaining");
    public double[] DuesPaid => Get<double>("dues_paid");
    public double[] Income => Get<double>("income");
    public double[] Spending => Get<double>("spending");
    public double[] SocialCapital => Get<double>("social_capital");
    public double[] StaffCapacity => Get<double>("staff_capacity");
    public double[] FailureMemory => Get<double>("failure_memory");
    public double[] Benefit => Get<double>("benefit");

    /// <summary>Row <paramref name="i"/> as a record.</summary>
    public RegionTick this[int i] => new(Run[i], Tick[i], Year[i], Month[i], Date[i], Region[i], RegionIndex[i], HeadId[i], HeadTerm[i], HeadTenureMonths[i],
        Commitment[i], TrustOut[i], TrustIn[i], BudgetRemaining[i], DuesPaid[i], Income[i], Spending[i], SocialCapital[i], StaffCapacity[i], FailureMemory[i], Benefit[i]);

    /// <summary>Every row as a record (for LINQ).</summary>
    public IEnumerable<RegionTick> Rows => Enumerable.Range(0, Count).Select(i => this[i]);

    /// <summary>The rows meeting <paramref name="predicate"/>, as a table.</summary>
    public RegionTicks Where(Func<RegionTick, bool> predicate) => new(Subset(Enumerable.Range(0, Count).Where(i => predicate(this[i]))));

    /// <summary>The rows of one region (by id, e.g. "banjarnegara").</summary>
    public RegionTicks For(string region) => new(Subset(Enumerable.Range(0, Count).Where(i => Region[i] == region)));
}

/// <summary>body_ticks: one row per cooperation body per month (columns as in the README's "Outputs").</summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class BodyTicks : ColumnTable
{
    internal static readonly (string, Type)[] Schema =
    [
        ("run", typeof(int)), ("tick", typeof(int)), ("year", typeof(int)), ("month", typeof(int)), ("date", typeof(DateOnly)),
        ("body", typeof(string)), ("body_index", typeof(int)), ("status", typeof(string)), ("funds", typeof(double)),
        ("income_dues", typeof(double)), ("income_grants", typeof(double)), ("spending", typeof(double)), ("active_members", typeof(int)),
        ("attendance", typeof(double)), ("mean_trust", typeof(double)), ("mean_commitment", typeof(double)), ("unfunded_months", typeof(int)),
        ("stage", typeof(string)), ("integration", typeof(double)), ("manager_trust", typeof(double)), ("execution", typeof(double)),
        ("marketing", typeof(double)), ("cost_factor", typeof(double)), ("income_own", typeof(double)), ("auction_value", typeof(double)),
        ("auction_realised", typeof(double)), ("benefit", typeof(double)),
    ];

    internal BodyTicks(Dictionary<string, Array> columns) : base("body_ticks", Schema, columns) { }

    public int[] Run => Get<int>("run");
    public int[] Tick => Get<int>("tick");
    public int[] Year => Get<int>("year");
    public int[] Month => Get<int>("month");
    public DateOnly[] Date => Get<DateOnly>("date");
    public string[] Body => Get<string>("body");
    public int[] BodyIndex => Get<int>("body_index");
    /// <summary>proposed | active | dormant | dissolved.</summary>
    public string[] Status => Get<string>("status");
    public double[] Funds => Get<double>("funds");
    public double[] IncomeDues => Get<double>("income_dues");
    public double[] IncomeGrants => Get<double>("income_grants");
    public double[] Spending => Get<double>("spending");
    public int[] ActiveMembers => Get<int>("active_members");
    public double[] Attendance => Get<double>("attendance");
    public double[] MeanTrust => Get<double>("mean_trust");
    public double[] MeanCommitment => Get<double>("mean_commitment");
    public int[] UnfundedMonths => Get<int>("unfunded_months");
    /// <summary>information | developmental | outreach | action.</summary>
    public string[] Stage => Get<string>("stage");
    public double[] Integration => Get<double>("integration");
    public double[] ManagerTrust => Get<double>("manager_trust");
    public double[] Execution => Get<double>("execution");
    public double[] Marketing => Get<double>("marketing");
    public double[] CostFactor => Get<double>("cost_factor");
    public double[] IncomeOwn => Get<double>("income_own");
    public double[] AuctionValue => Get<double>("auction_value");
    public double[] AuctionRealised => Get<double>("auction_realised");
    public double[] Benefit => Get<double>("benefit");

    /// <summary>Row <paramref name="i"/> as a record.</summary>
    public BodyTick this[int i] => new(Run[i], Tick[i], Year[i], Month[i], Date[i], Body[i], BodyIndex[i], Status[i], Funds[i], IncomeDues[i], IncomeGrants[i],
        Spending[i], ActiveMembers[i], Attendance[i], MeanTrust[i], MeanCommitment[i], UnfundedMonths[i], Stage[i], Integration[i], ManagerTrust[i],
        Execution[i], Marketing[i], CostFactor[i], IncomeOwn[i], AuctionValue[i], AuctionRealised[i], Benefit[i]);

    /// <summary>Every row as a record (for LINQ).</summary>
    public IEnumerable<BodyTick> Rows => Enumerable.Range(0, Count).Select(i => this[i]);

    /// <summary>The rows meeting <paramref name="predicate"/>, as a table.</summary>
    public BodyTicks Where(Func<BodyTick, bool> predicate) => new(Subset(Enumerable.Range(0, Count).Where(i => predicate(this[i]))));

    /// <summary>The rows of one body (by id, e.g. "barlingmascakeb").</summary>
    public BodyTicks For(string body) => new(Subset(Enumerable.Range(0, Count).Where(i => Body[i] == body)));
}

/// <summary>events: one row per event (kinds and columns as in the README's "Outputs").</summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class EventTable : ColumnTable
{
    internal static readonly (string, Type)[] Schema =
    [
        ("run", typeof(int)), ("tick", typeof(int)), ("year", typeof(int)), ("month", typeof(int)), ("date", typeof(DateOnly)),
        ("kind", typeof(string)), ("region", typeof(string)), ("body", typeof(string)), ("value", typeof(double)),
        ("detail", typeof(string)), ("grant", typeof(int?)), ("programme", typeof(string)),
    ];

    internal EventTable(Dictionary<string, Array> columns) : base("events", Schema, columns) { }

    public int[] Run => Get<int>("run");
    public int[] Tick => Get<int>("tick");
    public int[] Year => Get<int>("year");
    public int[] Month => Get<int>("month");
    public DateOnly[] Date => Get<DateOnly>("date");
    public string[] Kind => Get<string>("kind");
    public string?[] Region => Get<string?>("region");
    public string?[] Body => Get<string?>("body");
    public double[] Value => Get<double>("value");
    public string?[] Detail => Get<string?>("detail");
    public int?[] Grant => Get<int?>("grant");
    public string?[] Programme => Get<string?>("programme");

    /// <summary>Row <paramref name="i"/> as a record.</summary>
    public TraceEvent this[int i] => new(Run[i], Tick[i], Year[i], Month[i], Date[i], Kind[i], Region[i], Body[i], Value[i], Detail[i], Grant[i], Programme[i]);

    /// <summary>Every row as a record (for LINQ).</summary>
    public IEnumerable<TraceEvent> Rows => Enumerable.Range(0, Count).Select(i => this[i]);

    /// <summary>The rows meeting <paramref name="predicate"/>, as a table.</summary>
    public EventTable Where(Func<TraceEvent, bool> predicate) => new(Subset(Enumerable.Range(0, Count).Where(i => predicate(this[i]))));

    /// <summary>The events of one kind (e.g. "AuctionHeld", "DuesMissed", "StatusChanged").</summary>
    public EventTable OfKind(string kind) => new(Subset(Enumerable.Range(0, Count).Where(i => Kind[i] == kind)));
}

/// <summary>A row of region_ticks.</summary>
public sealed record RegionTick(int Run, int Tick, int Year, int Month, DateOnly Date, string Region, int RegionIndex, int HeadId, int HeadTerm,
    int HeadTenureMonths, double Commitment, double TrustOut, double TrustIn, double BudgetRemaining, double DuesPaid, double Income, double Spending,
    double SocialCapital, double StaffCapacity, double FailureMemory, double Benefit);

/// <summary>A row of body_ticks.</summary>
public sealed record BodyTick(int Run, int Tick, int Year, int Month, DateOnly Date, string Body, int BodyIndex, string Status, double Funds,
    double IncomeDues, double IncomeGrants, double Spending, int ActiveMembers, double Attendance, double MeanTrust, double MeanCommitment,
    int UnfundedMonths, string Stage, double Integration, double ManagerTrust, double Execution, double Marketing, double CostFactor,
    double IncomeOwn, double AuctionValue, double AuctionRealised, double Benefit);

/// <summary>A row of events.</summary>
public sealed record TraceEvent(int Run, int Tick, int Year, int Month, DateOnly Date, string Kind, string? Region, string? Body, double Value,
    string? Detail, int? Grant, string? Programme);
