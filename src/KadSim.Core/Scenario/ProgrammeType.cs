namespace KadSim.Scenario;

/// <summary>Kinds of joint programme (brief §5 and §6).</summary>
public enum ProgrammeType
{
    /// <summary>Forward commodity auction (pasar lelang forward), brief §5.</summary>
    Auction,
    /// <summary>A joint public service such as solid waste or clean water (Kartamantul, Jabodetabekjur).</summary>
    JointService,
}
