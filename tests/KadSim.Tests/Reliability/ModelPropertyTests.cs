using System.Reflection;
using FsCheck.Xunit;
using KadSim.Engine;
using KadSim.Events;
using KadSim.Observation;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.Tests.Reliability;

/// <summary>
/// Invariants of the model over random valid scenarios (FsCheck; docs/reliability.md), checked after every tick:
/// shares stay in [0, 1]; every region and body column is finite, and so is every event's value; the derived means
/// the traces write are NaN only where the README says (a mean over nobody); money balances (per body
/// Δfunds = income_dues + income_grants + income_own − spending, per region Δbudget = income − spending); and every
/// body's active member count is its joins minus its leaves.
/// </summary>
public sealed class ModelPropertyTests
{
    /// <summary>Property cases per run of the suite (each a whole run of 1–6 years, checked every month).</summary>
    public const int Cases = 100;

    private static readonly PropertyInfo[] RegionDoubles = DoubleColumns(typeof(RegionColumns));
    private static readonly PropertyInfo[] BodyDoubles = DoubleColumns(typeof(BodyColumns));

    private static PropertyInfo[] DoubleColumns(Type t) =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(double[])).ToArray();

    [Property(MaxTest = Cases, Arbitrary = new[] { typeof(ValidScenarios) }, QuietOnSuccess = true)]
    public void InvariantsHoldEveryTick(GeneratedScenario g)
    {
        var problems = ScenarioValidator.Validate(g.Spec);
        Assert.True(problems.Count == 0, "the generator made an invalid scenario: " + string.Join("; ", problems));

        var sim = new Simulation(g.Spec, g.Seed);
        var w = sim.World;
        var funds = new double[w.Bodies.Count];
        var budget = new double[w.Regions.Count];
        var joined = new int[w.Bodies.Count];
        var left = new int[w.Bodies.Count];
        int seen = 0;
        while (!sim.Finished)
        {
            w.Bodies.Funds.CopyTo(funds, 0);
            w.Regions.BudgetRemaining.CopyTo(budget, 0);
            sim.Step();
            string at = $"tick {w.Tick} ({w.Calendar.At(w.Tick)})";

            foreach (var col in RegionDoubles) Finite((double[])col.GetValue(w.Regions)!, $"regions.{col.Name}", at);
            foreach (var col in BodyDoubles) Finite((double[])col.GetValue(w.Bodies)!, $"bodies.{col.Name}", at);

            var r = w.Regions;
            for (int i = 0; i < r.Count; i++)
            {
                Share(r.Commitment[i], $"commitment of {r.Ids[i]}", at);
                Share(r.BaselineCommitment[i], $"baseline commitment of {r.Ids[i]}", at);
                Share(r.SocialCapital[i], $"social capital of {r.Ids[i]}", at);
                Share(r.StaffCapacity[i], $"staff capacity of {r.Ids[i]}", at);
                Share(r.FailureMemory[i], $"failure memory of {r.Ids[i]}", at);
                Balance(budget[i] + r.Income[i] - r.Spending[i], r.BudgetRemaining[i], $"budget of {r.Ids[i]} (Δ = income − spending)", at);
                bool partners = w.Trust.RowStart[i + 1] > w.Trust.RowStart[i];
                DerivedMean(Metrics.MeanTrustOut(w, i), partners, $"trust_out of {r.Ids[i]}", at);
                var trustIn = Metrics.MeanTrustIn(w, i);
                if (!double.IsNaN(trustIn)) Share(trustIn, $"trust_in of {r.Ids[i]}", at);
            }

            for (int e = 0; e < w.Trust.Edges; e++)
            {
                Assert.True(w.Trust.Alpha[e] >= 0 && w.Trust.Beta[e] >= 0 && double.IsFinite(w.Trust.Alpha[e]) && double.IsFinite(w.Trust.Beta[e]),
                    $"{at}: trust edge {e} has α = {w.Trust.Alpha[e]}, β = {w.Trust.Beta[e]}");
                Share(w.Trust.TrustAt(e), $"trust on edge {e}", at);
            }

            var b = w.Bodies;
            var m = w.Members;
            foreach (var ev in w.Events.Since(seen))
            {
                Assert.True(double.IsFinite(ev.Value), $"{at}: event {ev.Kind} has value {ev.Value}");
                if (ev.Kind == EventKind.MemberJoined) joined[ev.Body]++;
                if (ev.Kind == EventKind.MemberLeft) left[ev.Body]++;
            }
            seen = w.Events.Count;
            for (int j = 0; j < b.Count; j++)
            {
                Share(b.ManagerTrust[j], $"manager trust of {b.Ids[j]}", at);
                Share(b.Integration[j], $"integration of {b.Ids[j]}", at);
                Share(b.Execution[j], $"execution of {b.Ids[j]}", at);
                Share(b.Marketing[j], $"marketing of {b.Ids[j]}", at);
                Share(b.LastAttendance[j], $"attendance of {b.Ids[j]}", at);
                // 1 − τ·(½T̄ + ½S̄): 0 when transactionCostReduction = 1 and trust and social capital are full (the README says (0, 1]).
                Share(b.CostFactor[j], $"cost factor of {b.Ids[j]}", at);
                Balance(funds[j] + b.IncomeDues[j] + b.IncomeGrants[j] + b.IncomeOwn[j] - b.Spending[j], b.Funds[j],
                    $"funds of {b.Ids[j]} (Δ = income_dues + income_grants + income_own − spending)", at);
                Assert.True(b.Funds[j] >= -1e-6 * Math.Max(1, Math.Abs(funds[j])), $"{at}: funds of {b.Ids[j]} are negative: {b.Funds[j]}");

                int active = 0;
                for (int x = b.MemberStart[j]; x < b.MemberStart[j + 1]; x++) if (m.Active[x]) active++;
                Assert.True(b.ActiveMembers[j] == active, $"{at}: {b.Ids[j]} counts {b.ActiveMembers[j]} active members, its slots say {active}");
                Assert.True(b.ActiveMembers[j] == joined[j] - left[j], $"{at}: {b.Ids[j]} has {b.ActiveMembers[j]} active members but {joined[j]} joins − {left[j]} leaves");

                DerivedMean(Metrics.MeanCommitmentOfMembers(w, j), active > 0, $"mean_commitment of {b.Ids[j]}", at);
                var meanTrust = Metrics.MeanTrustAmongMembers(w, j);
                if (active >= 2) Assert.True(!double.IsInfinity(meanTrust), $"{at}: mean_trust of {b.Ids[j]} is {meanTrust}");
                if (!double.IsNaN(meanTrust)) Share(meanTrust, $"mean_trust of {b.Ids[j]}", at);
                else Assert.True(active < 2 || !HasEdgeAmongActive(w, j), $"{at}: mean_trust of {b.Ids[j]} is NaN with {active} active members");
            }
        }
    }

    private static bool HasEdgeAmongActive(World w, int body)
    {
        var m = w.Members;
        for (int x = w.Bodies.MemberStart[body]; x < w.Bodies.MemberStart[body + 1]; x++)
            for (int y = w.Bodies.MemberStart[body]; y < w.Bodies.MemberStart[body + 1]; y++)
                if (x != y && m.Active[x] && m.Active[y] && w.Trust.Find(m.Region[x], m.Region[y]) >= 0) return true;
        return false;
    }

    private static void Finite(double[] column, string name, string at)
    {
        for (int i = 0; i < column.Length; i++)
            if (!double.IsFinite(column[i])) Assert.Fail($"{at}: {name}[{i}] = {column[i]}");
    }

    private static void Share(double v, string what, string at) =>
        Assert.True(v is >= 0 and <= 1, $"{at}: {what} = {v}, outside [0, 1]");

    /// <summary>Money balances to a relative 1e-9 (sums of amounts up to 10¹⁵ Rupiah in doubles), or 1e-3 Rupiah.</summary>
    private static void Balance(double expected, double actual, string what, string at)
    {
        double tolerance = Math.Max(1e-3, 1e-9 * Math.Max(Math.Abs(expected), Math.Abs(actual)));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{at}: {what}: expected {expected:R}, is {actual:R} (off by {actual - expected:R})");
    }

    /// <summary>A mean the traces write: a finite share where there is something to average, NaN (documented) where there is not.</summary>
    private static void DerivedMean(double v, bool defined, string what, string at)
    {
        if (defined) Share(v, what, at);
        else Assert.True(double.IsNaN(v), $"{at}: {what} = {v} over nobody; the README documents NaN");
    }
}
