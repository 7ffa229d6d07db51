using System.Text.Json;
using KadSim.IO.Output;
using KadSim.IO.Scenarios;

namespace KadSim.Tests.Output;

public sealed class TraceRunTableTests(BarlingmascakebRunFixture run) : IClassFixture<BarlingmascakebRunFixture>
{
    private const int Ticks = 240;
    private const int Regions = 5;

    private string Regions_ => DuckQuery.Table(run.PathOf(TraceTables.RegionTicks));
    private string Bodies => DuckQuery.Table(run.PathOf(TraceTables.BodyTicks));
    private string Events => DuckQuery.Table(run.PathOf(TraceTables.Events));

    [Fact]
    public void Folder_holds_the_tables_and_manifest_and_no_partial_files()
    {
        var names = Directory.GetFiles(run.Dir).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["body_ticks.parquet", "events.parquet", "manifest.json", "region_ticks.parquet"], names);
    }

    [Fact]
    public void Row_counts_are_one_per_region_or_body_per_tick()
    {
        using var db = new DuckQuery();
        Assert.Equal(Ticks * Regions, db.Long($"SELECT count(*) FROM {Regions_}"));
        Assert.Equal(Ticks, db.Long($"SELECT count(*) FROM {Bodies}"));
        Assert.Equal(Ticks, db.Long($"SELECT count(DISTINCT tick) FROM {Regions_}"));
        Assert.Equal(Regions, db.Long($"SELECT count(DISTINCT region) FROM {Regions_}"));
        Assert.Equal(Ticks * Regions, run.Result.RowsOf(TraceTables.RegionTicks));
        Assert.Equal(Ticks, run.Result.RowsOf(TraceTables.BodyTicks));
        Assert.Equal(db.Long($"SELECT count(*) FROM {Events}"), run.Result.RowsOf(TraceTables.Events));
    }

    [Fact]
    public void Region_ticks_has_its_columns()
    {
        using var db = new DuckQuery();
        var cols = db.Columns(run.PathOf(TraceTables.RegionTicks));
        Assert.Equal(
            ["run", "tick", "year", "month", "date", "region", "region_index", "head_id", "head_term", "head_tenure_months",
             "commitment", "trust_out", "trust_in", "budget_remaining", "dues_paid", "income", "spending", "social_capital",
             "staff_capacity", "failure_memory", "benefit"],
            cols.Keys);
        Assert.Equal("INTEGER", cols["tick"]);
        Assert.Equal("DATE", cols["date"]);
        Assert.Equal("VARCHAR", cols["region"]);
        Assert.Equal("DOUBLE", cols["commitment"]);
    }

    [Fact]
    public void Body_ticks_has_its_columns()
    {
        using var db = new DuckQuery();
        var cols = db.Columns(run.PathOf(TraceTables.BodyTicks));
        Assert.Equal(
            ["run", "tick", "year", "month", "date", "body", "body_index", "status", "funds", "income_dues", "income_grants",
             "spending", "active_members", "attendance", "mean_trust", "mean_commitment", "unfunded_months",
             "stage", "integration", "manager_trust", "execution", "marketing", "cost_factor",
             "income_own", "auction_value", "auction_realised", "benefit"],
            cols.Keys);
        Assert.Equal("DATE", cols["date"]);
        Assert.Equal("VARCHAR", cols["status"]);
        Assert.Equal("VARCHAR", cols["stage"]);
        Assert.Equal("DOUBLE", cols["cost_factor"]);
        Assert.Equal("DOUBLE", cols["income_own"]);
        Assert.Equal("INTEGER", cols["active_members"]);
    }

    [Fact]
    public void Events_has_its_columns()
    {
        using var db = new DuckQuery();
        var cols = db.Columns(run.PathOf(TraceTables.Events));
        Assert.Equal(["run", "tick", "year", "month", "date", "kind", "region", "body", "value", "detail", "grant", "programme"], cols.Keys);
        Assert.Equal("INTEGER", cols["grant"]);
        Assert.Equal("VARCHAR", cols["programme"]);
        Assert.Equal("VARCHAR", cols["detail"]);
    }

    [Fact]
    public void Calendar_columns_follow_the_tick()
    {
        using var db = new DuckQuery();
        Assert.Equal(["0|2003|1|2003-01-01", "239|2022|12|2022-12-01"],
            db.Rows($"SELECT DISTINCT tick, year, month, strftime(date, '%Y-%m-%d') FROM {Regions_} WHERE tick IN (0, 239) ORDER BY tick"));
        Assert.Equal(0, db.Long($"""
            SELECT count(*) FROM {Bodies}
            WHERE year * 12 + month - 1 <> 2003 * 12 + tick OR date <> make_date(year, month, 1)
            """));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE year * 12 + month - 1 <> 2003 * 12 + tick"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Regions_} WHERE run <> 0"));
    }

    [Fact]
    public void Region_ids_match_their_index()
    {
        using var db = new DuckQuery();
        var ids = run.Spec.Regions.Select((r, i) => $"{i}|{r.Id}").ToList();
        Assert.Equal(ids, db.Rows($"SELECT DISTINCT region_index, region FROM {Regions_} ORDER BY region_index"));
    }

    [Fact]
    public void Commitment_is_never_NaN_or_null()
    {
        using var db = new DuckQuery();
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Regions_} WHERE commitment IS NULL OR isnan(commitment)"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Regions_} WHERE commitment < 0 OR commitment > 1"));
    }

    [Fact]
    public void Status_values_are_lower_case_status_names()
    {
        using var db = new DuckQuery();
        var statuses = db.Rows($"SELECT DISTINCT status FROM {Bodies}");
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Contains(s, new[] { "proposed", "active", "dormant", "dissolved" }));
        Assert.Contains("active", statuses);
    }

    [Fact]
    public void Events_include_the_2011_channel_closure_and_dues_payments()
    {
        using var db = new DuckQuery();
        Assert.Equal(1, db.Long($"SELECT count(*) FROM {Events} WHERE kind = 'ChannelClosed' AND year = 2011"));
        Assert.Equal(["Hibah"], db.Rows($"SELECT detail FROM {Events} WHERE kind = 'ChannelClosed'"));
        Assert.True(db.Long($"SELECT count(*) FROM {Events} WHERE kind = 'DuesPaid'") > 0);
        // Rule events concern no region or body; dues always name both.
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind = 'ChannelClosed' AND (region IS NOT NULL OR body IS NOT NULL)"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind IN ('DuesPaid', 'DuesMissed') AND (region IS NULL OR body IS NULL)"));
    }

    [Fact]
    public void Event_details_are_names()
    {
        using var db = new DuckQuery();
        var missReasons = db.Rows($"SELECT DISTINCT detail FROM {Events} WHERE kind = 'DuesMissed'");
        Assert.All(missReasons, r => Assert.Contains(r, new[] { "Unwilling", "ChannelClosed", "NoBudget" }));
        var statuses = db.Rows($"SELECT DISTINCT detail FROM {Events} WHERE kind = 'StatusChanged'");
        Assert.All(statuses, r => Assert.Contains(r, new[] { "proposed", "active", "dormant", "dissolved" }));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind IN ('DuesPaid', 'MeetingHeld') AND detail IS NOT NULL"));
    }

    [Fact]
    public void Body_money_balances_every_month()
    {
        using var db = new DuckQuery();
        var broken = db.Rows($"""
            SELECT tick, funds, prev, income_dues, income_grants, income_own, spending FROM (
                SELECT tick, funds, income_dues, income_grants, income_own, spending,
                       lag(funds) OVER (PARTITION BY body ORDER BY tick) AS prev
                FROM {Bodies})
            WHERE prev IS NOT NULL
              AND abs((funds - prev) - (income_dues + income_grants + income_own - spending))
                  > 1e-6 * greatest(1.0, abs(funds), abs(prev), income_dues + income_grants + income_own + spending)
            ORDER BY tick LIMIT 5
            """);
        Assert.Empty(broken);
        // Not vacuous: money does flow.
        Assert.True(db.Long($"SELECT count(*) FROM {Bodies} WHERE income_dues > 0") > 0);
        Assert.True(db.Long($"SELECT count(*) FROM {Bodies} WHERE spending > 0") > 0);
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Bodies} WHERE income_dues < 0 OR income_grants < 0 OR income_own < 0 OR spending < 0"));
    }

    [Fact]
    public void Manifest_records_the_run()
    {
        var path = Path.Combine(run.Dir, RunFolder.ManifestName);
        Assert.Equal(path, run.Result.ManifestPath);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        Assert.Equal("kadsim", root.GetProperty("tool").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("gitCommit").GetString()));
        Assert.Equal((ulong)run.Spec.Seed, root.GetProperty("seed").GetUInt64());
        Assert.Equal(0, root.GetProperty("run").GetInt32());
        Assert.Equal(ScenarioJson.Hash(run.Spec), root.GetProperty("scenarioHash").GetString());
        Assert.Equal("BARLINGMASCAKEB", root.GetProperty("scenarioName").GetString());
        Assert.Equal(OutputTestSupport.BarlingmascakebPath, root.GetProperty("files")[0].GetString());
        Assert.Equal(BarlingmascakebRunFixture.Override, root.GetProperty("overrides")[0].GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("scenario").ValueKind);
        Assert.Equal("BARLINGMASCAKEB", root.GetProperty("scenario").GetProperty("name").GetString());
        // The embedded scenario is the canonical one: re-serialising it gives the recorded hash.
        var embedded = ScenarioJson.Deserialize(root.GetProperty("scenario").GetRawText());
        Assert.Equal(ScenarioJson.Hash(run.Spec), ScenarioJson.Hash(embedded));

        var outputs = root.GetProperty("outputs").EnumerateArray()
            .ToDictionary(o => o.GetProperty("file").GetString()!, o => o.GetProperty("rows").GetInt64());
        Assert.Equal(Ticks * Regions, outputs[TraceTables.RegionTicks]);
        Assert.Equal(Ticks, outputs[TraceTables.BodyTicks]);
        Assert.Equal(run.Result.RowsOf(TraceTables.Events), outputs[TraceTables.Events]);

        var summary = root.GetProperty("summary");
        Assert.False(summary.TryGetProperty("main", out _));
        var body = summary.GetProperty("bodies")[0];
        Assert.Equal("barlingmascakeb", body.GetProperty("body").GetString());
        Assert.Equal(run.Result.Summary.Main.FinalStatus.ToString().ToLowerInvariant(), body.GetProperty("finalStatus").GetString());
        Assert.Equal(run.Result.Summary.Main.DuesPayments, body.GetProperty("duesPayments").GetInt32());
    }

    [Fact]
    public void Manifest_round_trips_through_RunManifest()
    {
        var manifest = RunManifest.Read(run.Result.ManifestPath);
        Assert.Equal((ulong)run.Spec.Seed, manifest.Seed);
        Assert.Equal(ScenarioJson.Hash(run.Spec), manifest.ScenarioHash);
        Assert.Equal(run.Result.Summary.Bodies, manifest.Summary.Bodies);
        Assert.Equal(run.Result.Outputs, manifest.Outputs);
    }

    [Fact]
    public void Summary_agrees_with_the_tables()
    {
        using var db = new DuckQuery();
        var main = run.Result.Summary.Main;
        Assert.Equal(main.DuesPayments, db.Long($"SELECT count(*) FROM {Events} WHERE kind = 'DuesPaid'"));
        Assert.Equal(main.MonthsActive, db.Long($"SELECT count(*) FROM {Bodies} WHERE status = 'active'"));
        Assert.Equal(main.FinalStatus.ToString().ToLowerInvariant(), db.Rows($"SELECT status FROM {Bodies} WHERE tick = 239").Single());
    }
}
