namespace KadSim.Scenario;

/// <summary>Institutional format of a cooperation body (brief §3).</summary>
public enum CooperationFormat
{
    /// <summary>No body: each SKPD cooperates case by case.</summary>
    None,
    /// <summary>Caucus or forum of heads, often initiated top-down by a governor (Kedungsepur).</summary>
    Caucus,
    /// <summary>Badan Kerja sama Antar Daerah: a board of member SKPD officials, as a side duty (Jabodetabekjur).</summary>
    Bkad,
    /// <summary>Sekretariat Bersama: joint secretariat with a professional coordinator (Kartamantul).</summary>
    Sekber,
    /// <summary>Regional Management, adapted from Germany: forum, executive board, professional manager (BARLINGMASCAKEB).</summary>
    RegionalManagement,
    /// <summary>A programme run by a provincial agency with district SKPDs.</summary>
    ProvinceLed,
}
