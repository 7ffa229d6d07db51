using KadSim.Engine;
using KadSim.IO.Scenarios;

namespace KadSim.Tests.Reliability;

/// <summary>
/// Problems the reliability tests found in code outside KadSim.IO and the validator, kept as regression tests once
/// fixed where they belong (docs/reliability.md, "Known issues").
/// </summary>
public sealed class KnownIssueTests
{
    /// <summary>
    /// trustForgetting λ = 0 (allowed by its range [0, 1]) with an event of weight 0 (here meetings, with
    /// trustMeetingWeight = 0) sets α = β = 0 on an edge, and TrustNetwork.TrustAt returns 0/0 = NaN; a tiny λ
    /// (1e-300) does the same by underflow. NaN trust then flows into trust_out, mean_trust and dues decisions.
    /// </summary>
    [Fact]
    public void TrustStaysFiniteWhenForgettingIsTotal()
    {
        foreach (var lambda in new[] { "0", "1e-300" })
        {
            var spec = ScenarioLoader.LoadOrThrow(TestScenarios.Shipped("barlingmascakeb.json"),
                sets: [$"parameters:trustForgetting={lambda}", "parameters:trustMeetingWeight=0", "parameters:conflictTrustWeight=0", "bodies:0:meetingIntervalMonths=1"]);
            var sim = new Simulation(spec, 1);
            while (!sim.Finished)
            {
                sim.Step();
                for (int e = 0; e < sim.World.Trust.Edges; e++)
                    Assert.True(double.IsFinite(sim.World.Trust.TrustAt(e)), $"λ = {lambda}, tick {sim.World.Tick}: trust on edge {e} is {sim.World.Trust.TrustAt(e)}");
            }
        }
    }
}
