namespace KadSim.Scenario;

/// <summary>Legal form of the cooperation (brief §1 and §3).</summary>
public enum LegalBasis
{
    Handshake,
    JointDecree,
    MoU,
    Pks,
    Perda,
}
