using KadSim.IO.Output;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.Tests.Output;

public sealed class TraceRunBehaviourTests : IDisposable
{
    private readonly ScenarioSpec _spec = OutputTestSupport.LoadBarlingmascakeb();
    private readonly List<string> _dirs = [];

    private string NewDir(string label)
    {
        var dir = OutputTestSupport.NewTempDir(label);
        _dirs.Add(dir);
        return dir;
    }

    public void Dispose()
    {
        foreach (var dir in _dirs) OutputTestSupport.DeleteQuietly(dir);
    }

    /// <summary>Rows of <paramref name="a"/> missing from <paramref name="b"/> or the other way round, per table.</summary>
    private static long Differences(DuckQuery db, string a, string b, string table)
    {
        string ta = DuckQuery.Table(Path.Combine(a, table)), tb = DuckQuery.Table(Path.Combine(b, table));
        return db.Long($"SELECT count(*) FROM (SELECT * FROM {ta} EXCEPT ALL SELECT * FROM {tb})")
             + db.Long($"SELECT count(*) FROM (SELECT * FROM {tb} EXCEPT ALL SELECT * FROM {ta})");
    }

    [Fact]
    public void Same_seed_gives_identical_tables()
    {
        string a = NewDir("det-a"), b = NewDir("det-b");
        TraceRun.Run(_spec, a, new RunRequest { Seed = 42 });
        TraceRun.Run(_spec, b, new RunRequest { Seed = 42 });
        using var db = new DuckQuery();
        foreach (var table in TraceTables.All)
        {
            Assert.Equal(0, Differences(db, a, b, table));
            // EXCEPT would hide NaN mismatches if NaN compared unequal; the full text of the rows must match too.
            var order = table == TraceTables.Events ? "" : " ORDER BY ALL";
            Assert.Equal(
                db.Rows($"SELECT * FROM {DuckQuery.Table(Path.Combine(a, table))}{order}"),
                db.Rows($"SELECT * FROM {DuckQuery.Table(Path.Combine(b, table))}{order}"));
        }
    }

    [Fact]
    public void Own_income_from_auction_fees_keeps_the_body_money_balance()
    {
        // The shipped case charges no fee; with one, auctions earn own income that must show in the balance.
        var spec = ScenarioLoader.LoadOrThrow(OutputTestSupport.BarlingmascakebPath, null, ["bodies:0:programmes:0:feeRate=0.05"]);
        string dir = NewDir("fees");
        TraceRun.Run(spec, dir, new RunRequest());
        using var db = new DuckQuery();
        string bodies = DuckQuery.Table(Path.Combine(dir, TraceTables.BodyTicks));
        Assert.True(db.Long($"SELECT count(*) FROM {bodies} WHERE income_own > 0") > 0, "no own income");
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {bodies} WHERE income_own > 0 AND auction_realised <= 0"));
        Assert.Empty(db.Rows($"""
            SELECT tick FROM (
                SELECT tick, funds, income_dues, income_grants, income_own, spending,
                       lag(funds) OVER (PARTITION BY body ORDER BY tick) AS prev
                FROM {bodies})
            WHERE prev IS NOT NULL
              AND abs((funds - prev) - (income_dues + income_grants + income_own - spending))
                  > 1e-6 * greatest(1.0, abs(funds), abs(prev), income_dues + income_grants + income_own + spending)
            LIMIT 5
            """));
    }

    [Fact]
    public void Different_seed_gives_a_different_trace()
    {
        string a = NewDir("seed-a"), b = NewDir("seed-b");
        TraceRun.Run(_spec, a, new RunRequest { Seed = 1 });
        TraceRun.Run(_spec, b, new RunRequest { Seed = 2 });
        using var db = new DuckQuery();
        long diff = TraceTables.All.Sum(t => Differences(db, a, b, t));
        Assert.True(diff > 0, "seeds 1 and 2 gave the same trace");
        Assert.Equal(2UL, RunManifest.Read(Path.Combine(b, RunFolder.ManifestName)).Seed);
    }

    [Fact]
    public void Run_index_is_recorded_and_changes_the_trace()
    {
        string a = NewDir("run-0"), b = NewDir("run-3");
        TraceRun.Run(_spec, a, new RunRequest { Seed = 7, RunIndex = 0 });
        var result = TraceRun.Run(_spec, b, new RunRequest { Seed = 7, RunIndex = 3 });
        Assert.Equal(3, result.Summary.Run);
        Assert.Equal(3, RunManifest.Read(result.ManifestPath).Run);
        using var db = new DuckQuery();
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {DuckQuery.Table(Path.Combine(b, TraceTables.BodyTicks))} WHERE run <> 3"));
        Assert.Equal(0, db.Long($"SELECT count(*) FROM {DuckQuery.Table(Path.Combine(b, TraceTables.Events))} WHERE run <> 3"));
    }

    [Fact]
    public void A_completed_run_is_refused_without_force_and_left_intact()
    {
        var dir = NewDir("refuse");
        TraceRun.Run(_spec, dir, new RunRequest { Seed = 1 });
        var before = Snapshot(dir);

        var e = Assert.Throws<OutputExistsException>(() => TraceRun.Run(_spec, dir, new RunRequest { Seed = 2 }));
        Assert.Contains(Path.GetFullPath(dir), e.Message, StringComparison.Ordinal);
        Assert.Contains("--force", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(dir));
        Assert.Equal(1UL, RunManifest.Read(Path.Combine(dir, RunFolder.ManifestName)).Seed);
    }

    [Fact]
    public void Force_overwrites_a_completed_run_but_keeps_other_files()
    {
        var dir = NewDir("force");
        TraceRun.Run(_spec, dir, new RunRequest { Seed = 1 });
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(dir, "other.parquet"), "not ours");

        var result = TraceRun.Run(_spec, dir, new RunRequest { Seed = 2, Force = true });

        Assert.Equal(2UL, RunManifest.Read(result.ManifestPath).Seed);
        Assert.Equal(2UL, result.Summary.Seed);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "notes.txt")));
        Assert.Equal("not ours", File.ReadAllText(Path.Combine(dir, "other.parquet")));
        Assert.Empty(Directory.GetFiles(dir, "*.partial"));
        using var db = new DuckQuery();
        Assert.Equal(240, db.Long($"SELECT count(*) FROM {DuckQuery.Table(Path.Combine(dir, TraceTables.BodyTicks))}"));
    }

    [Fact]
    public void A_cancelled_run_leaves_no_manifest_and_no_tables()
    {
        var dir = NewDir("cancel");
        using var cts = new CancellationTokenSource();
        int last = -1;
        var progress = new SyncProgress(tick =>
        {
            last = tick;
            if (tick == 50) cts.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            TraceRun.Run(_spec, dir, new RunRequest(), progress, cts.Token));

        Assert.Equal(50, last);
        Assert.True(Directory.Exists(dir));
        Assert.False(File.Exists(Path.Combine(dir, RunFolder.ManifestName)));
        Assert.Empty(Directory.GetFiles(dir, "*.parquet*"));
        Assert.Empty(Directory.GetFiles(dir, "*.partial"));
    }

    [Fact]
    public void A_run_after_a_cancelled_run_succeeds_without_force()
    {
        var dir = NewDir("retry");
        using var cts = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => TraceRun.Run(_spec, dir, new RunRequest(),
            new SyncProgress(t => { if (t == 10) cts.Cancel(); }), cts.Token));
        var result = TraceRun.Run(_spec, dir, new RunRequest());
        Assert.True(File.Exists(result.ManifestPath));
    }

    [Fact]
    public void Progress_reports_every_tick()
    {
        var dir = NewDir("progress");
        var ticks = new List<int>();
        TraceRun.Run(_spec, dir, new RunRequest(), new SyncProgress(ticks.Add));
        Assert.Equal(Enumerable.Range(0, 240), ticks);
    }

    [Fact]
    public void An_invalid_scenario_does_not_touch_a_previous_run()
    {
        var dir = NewDir("invalid");
        TraceRun.Run(_spec, dir, new RunRequest());
        var before = Snapshot(dir);
        var bad = OutputTestSupport.LoadBarlingmascakeb();
        bad.Regions.Clear();
        Assert.Throws<ScenarioException>(() => TraceRun.Run(bad, dir, new RunRequest { Force = true }));
        Assert.Equal(before, Snapshot(dir));
    }

    private static List<string> Snapshot(string dir) =>
        [.. Directory.GetFiles(dir).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}")];
}
