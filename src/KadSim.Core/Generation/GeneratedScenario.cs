using KadSim.Scenario;

namespace KadSim.Generation;

/// <summary>A generated scenario and what it holds.</summary>
/// <param name="Spec">The scenario: validate it with <see cref="ScenarioValidator"/>, run it with <see cref="Engine.Simulation"/>.</param>
/// <param name="CoMemberEdges">Directed trust edges between regions that share a body.</param>
/// <param name="ExplicitEdges">Directed trust edges added as <see cref="ScenarioSpec.Trust"/> pairs between nearby regions.</param>
/// <param name="Memberships">Membership slots over all bodies.</param>
/// <param name="RegionsInNoBody">Regions that belong to no body.</param>
public sealed record GeneratedScenario(ScenarioSpec Spec, long CoMemberEdges, long ExplicitEdges, long Memberships, int RegionsInNoBody)
{
    /// <summary>Directed trust edges the world will have (co-member and explicit pairs never overlap).</summary>
    public long TrustEdges => CoMemberEdges + ExplicitEdges;

    /// <summary>Mean out-degree of the trust network.</summary>
    public double MeanDegree => (double)TrustEdges / Spec.Regions.Count;
}
