using KadSim.Events;
using KadSim.IO.Output;
using KadSim.Scenario;

namespace KadSim.Tests.Output;

/// <summary>The model-state columns and event kinds of the traces (network stage, capacities, auctions, programmes).</summary>
public sealed class TraceRunModelColumnsTests(BarlingmascakebRunFixture run) : IClassFixture<BarlingmascakebRunFixture>
{
    private string Regions => DuckQuery.Table(run.PathOf(TraceTables.RegionTicks));
    private string Bodies => DuckQuery.Table(run.PathOf(TraceTables.BodyTicks));
    private string Events => DuckQuery.Table(run.PathOf(TraceTables.Events));

    private static readonly string[] StageNames = [.. Enum.GetNames<NetworkStage>().Select(s => s.ToLowerInvariant())];

    private static readonly string[] ProgrammeKinds =
        ["ProgrammeStarted", "AuctionHeld", "AuctionCancelled", "ContractsRealised", "ContractsBreached", "Sanctioned"];

    private static string SqlList(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    [Fact]
    public void Stage_is_a_lower_case_network_stage_name()
    {
        using var db = new DuckQuery();
        var stages = db.Rows($"SELECT DISTINCT stage FROM {Bodies}");
        Assert.NotEmpty(stages);
        Assert.All(stages, s => Assert.Contains(s, StageNames));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Bodies} WHERE stage IS NULL"));
    }

    [Fact]
    public void Body_state_columns_are_in_range_and_never_NaN()
    {
        using var db = new DuckQuery();
        foreach (var col in new[] { "integration", "manager_trust", "execution", "marketing", "cost_factor",
                                    "income_own", "auction_value", "auction_realised", "benefit" })
            Assert.True(0 == db.Long($"SELECT count(*) FROM {Bodies} WHERE {col} IS NULL OR isnan({col}) OR isinf({col})"), col);
        foreach (var col in new[] { "integration", "manager_trust", "execution", "marketing" })
            Assert.True(0 == db.Long($"SELECT count(*) FROM {Bodies} WHERE {col} < 0 OR {col} > 1"), col);
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Bodies} WHERE cost_factor <= 0 OR cost_factor > 1"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Bodies} WHERE income_own < 0 OR auction_value < 0 OR auction_realised < 0 OR benefit < 0"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Bodies} WHERE auction_realised > auction_value * (1 + 1e-12)"));
        // Not constant zeros: the columns carry the state.
        Assert.True(db.Long($"SELECT count(*) FROM {Bodies} WHERE manager_trust > 0") > 0);
        Assert.True(db.Long($"SELECT count(*) FROM {Bodies} WHERE cost_factor > 0") > 0);
    }

    [Fact]
    public void Region_state_columns_are_in_range_and_never_NaN()
    {
        using var db = new DuckQuery();
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Regions} WHERE failure_memory IS NULL OR isnan(failure_memory) OR failure_memory < 0 OR failure_memory > 1"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Regions} WHERE benefit IS NULL OR isnan(benefit) OR isinf(benefit) OR benefit < 0"));
    }

    [Fact]
    public void Benefit_to_the_body_is_the_benefit_its_members_receive()
    {
        // BARLINGMASCAKEB is one body whose members are every region: the month's totals agree.
        using var db = new DuckQuery();
        var broken = db.Rows($"""
            SELECT b.tick, b.benefit, r.benefit FROM {Bodies} b
            JOIN (SELECT tick, sum(benefit) AS benefit FROM {Regions} GROUP BY tick) r USING (tick)
            WHERE abs(b.benefit - r.benefit) > 1e-6 * greatest(1.0, b.benefit)
            ORDER BY b.tick LIMIT 5
            """);
        Assert.Empty(broken);
        Assert.True(db.Long($"SELECT count(*) FROM {Bodies} WHERE benefit > 0") > 0);
    }

    [Fact]
    public void Auctions_are_logged_with_their_programme_and_agree_with_body_ticks()
    {
        using var db = new DuckQuery();
        Assert.True(db.Long($"SELECT count(*) FROM {Events} WHERE kind = 'AuctionHeld'") > 0);
        Assert.Equal(["forward-auction"], db.Rows($"SELECT DISTINCT programme FROM {Events} WHERE kind = 'AuctionHeld'"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind = 'AuctionHeld' AND (body IS NULL OR grant IS NOT NULL)"));

        double traced = Double(db, $"SELECT sum(auction_value) FROM {Bodies}");
        double logged = Double(db, $"SELECT sum(value) FROM {Events} WHERE kind = 'AuctionHeld'");
        Assert.True(traced > 0, "no auction value traced");
        Assert.True(Math.Abs(traced - logged) <= 1e-6 * Math.Max(Math.Abs(traced), Math.Abs(logged)), $"body_ticks {traced} vs events {logged}");

        double realised = Double(db, $"SELECT sum(auction_realised) FROM {Bodies}");
        double loggedRealised = Double(db, $"SELECT coalesce(sum(value), 0) FROM {Events} WHERE kind = 'ContractsRealised'");
        Assert.True(Math.Abs(realised - loggedRealised) <= 1e-6 * Math.Max(1.0, Math.Abs(realised)), $"realised {realised} vs events {loggedRealised}");

        // An auction month of body_ticks is a month with an AuctionHeld event.
        Assert.Equal(0, db.Long($"""
            SELECT count(*) FROM {Bodies} b
            WHERE auction_value > 0 AND NOT EXISTS (SELECT 1 FROM {Events} e WHERE e.kind = 'AuctionHeld' AND e.tick = b.tick)
            """));
    }

    [Fact]
    public void Programme_and_grant_columns_split_by_kind()
    {
        using var db = new DuckQuery();
        string programmeKinds = SqlList(ProgrammeKinds);
        string ids = SqlList(run.Spec.Bodies.SelectMany(b => b.Programmes).Select(p => p.Id).OfType<string>());
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind IN ({programmeKinds}) AND (programme IS NULL OR grant IS NOT NULL)"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind IN ({programmeKinds}) AND programme NOT IN ({ids})"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind NOT IN ({programmeKinds}) AND programme IS NOT NULL"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind NOT IN ('GrantStarted', 'GrantEnded', 'GrantWithheld') AND grant IS NOT NULL"));
        Assert.True(db.Long($"SELECT count(*) FROM {Events} WHERE kind = 'ProgrammeStarted' AND programme = 'forward-auction'") > 0);
    }

    [Fact]
    public void New_event_details_are_names()
    {
        using var db = new DuckQuery();
        var cancels = db.Rows($"SELECT DISTINCT detail FROM {Events} WHERE kind = 'AuctionCancelled'");
        Assert.All(cancels, r => Assert.Contains(r, Enum.GetNames<CancelReason>()));
        var conflicts = db.Rows($"SELECT DISTINCT detail FROM {Events} WHERE kind = 'Conflict'");
        Assert.All(conflicts, r => Assert.Contains(r, Enum.GetNames<ConflictKind>()));
        // A conflict's value is the other region's index.
        Assert.Equal(0, db.Long($"""
            SELECT count(*) FROM {Events}
            WHERE kind = 'Conflict' AND (region IS NULL OR body IS NULL OR value <> round(value) OR value < 0 OR value >= {run.Spec.Regions.Count})
            """));
        var stages = db.Rows($"SELECT DISTINCT detail FROM {Events} WHERE kind = 'StageChanged'");
        Assert.NotEmpty(stages);
        Assert.All(stages, r => Assert.Contains(r, StageNames));
        // The detail names the stage number in value, and body_ticks shows the body in that stage at the month's end.
        var stageList = SqlList(StageNames);
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind = 'StageChanged' AND detail <> list_extract([{stageList}], CAST(value AS INTEGER) + 1)"));
        Assert.Equal(0, db.Long($"""
            SELECT count(*) FROM {Events} e JOIN {Bodies} b ON b.tick = e.tick AND b.body = e.body
            WHERE e.kind = 'StageChanged' AND b.stage <> e.detail
            """));
        // Kinds without a detail have none.
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {Events} WHERE kind IN ('AuctionHeld', 'ContractsRealised', 'ProgrammeStarted', 'PayoffAssessed') AND detail IS NOT NULL"));
    }

    [Fact]
    public void Event_kind_names_are_the_enum_names()
    {
        using var db = new DuckQuery();
        var kinds = db.Rows($"SELECT DISTINCT kind FROM {Events}");
        Assert.All(kinds, k => Assert.Contains(k, Enum.GetNames<EventKind>()));
    }

    private static double Double(DuckQuery db, string sql)
    {
        var row = Assert.Single(db.Rows(sql));
        return row == "NULL" ? 0 : double.Parse(row, System.Globalization.CultureInfo.InvariantCulture);
    }
}
