namespace KadSim.Scenario;

/// <summary>
/// Properties of an institutional format (brief §3 table). Qualitative cells of the table
/// (low/medium/high) are mapped to numbers by assumption; docs/model.md §7.1 gives the mapping.
/// </summary>
public sealed record FormatProfile(
    CooperationFormat Format,
    ManagementModel Management,
    int StartupMonths,
    double SkpdIntegration,
    double InitialTrust,
    double SanctionAuthority,
    int MeetingIntervalMonths,
    double OperatingCostPerMonth)
{
    /// <summary>The default profile of each format (brief §3).</summary>
    public static FormatProfile For(CooperationFormat format) => format switch
    {
        CooperationFormat.None => new(format, ManagementModel.Bureaucratic, 0, 1.0, 0.5, 0.0, 24, 0),
        CooperationFormat.Caucus => new(format, ManagementModel.Bureaucratic, 1, 0.0, 0.4, 0.0, 12, 5e6),
        CooperationFormat.Bkad => new(format, ManagementModel.Bureaucratic, 12, 0.8, 0.3, 0.1, 6, 15e6),
        CooperationFormat.Sekber => new(format, ManagementModel.Hybrid, 6, 0.8, 0.5, 0.1, 6, 30e6),
        CooperationFormat.RegionalManagement => new(format, ManagementModel.Professional, 2, 0.2, 0.7, 0.0, 12, 50e6),
        CooperationFormat.ProvinceLed => new(format, ManagementModel.Bureaucratic, 6, 0.5, 0.5, 0.6, 12, 25e6),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };
}
