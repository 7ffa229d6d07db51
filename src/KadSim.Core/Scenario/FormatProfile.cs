namespace KadSim.Scenario;

/// <summary>
/// Properties of an institutional format (brief §3 table). Qualitative cells of the table
/// (low/medium/high) are mapped to numbers by assumption; docs/model.md §7.1 gives the mapping.
/// Scenarios override any of them through <see cref="ScenarioSpec.Formats"/> or per body.
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

    /// <summary>The profile of <paramref name="format"/> with a scenario's overrides applied.</summary>
    public static FormatProfile For(CooperationFormat format, IEnumerable<FormatSpec> overrides)
    {
        var p = For(format);
        foreach (var o in overrides)
        {
            if (o.Format != format) continue;
            p = p with
            {
                Management = o.Management ?? p.Management,
                StartupMonths = o.StartupMonths ?? p.StartupMonths,
                SkpdIntegration = o.SkpdIntegration ?? p.SkpdIntegration,
                InitialTrust = o.InitialTrust ?? p.InitialTrust,
                SanctionAuthority = o.SanctionAuthority ?? p.SanctionAuthority,
                MeetingIntervalMonths = o.MeetingIntervalMonths ?? p.MeetingIntervalMonths,
                OperatingCostPerMonth = o.OperatingCostPerMonth ?? p.OperatingCostPerMonth,
            };
        }
        return p;
    }

    /// <summary>Quality of an agreement by its legal basis (brief §1, §4.12): written beats handshake; MoUs are often never acted on.</summary>
    public static double AgreementQuality(LegalBasis basis) => basis switch
    {
        LegalBasis.Handshake => 0.2,
        LegalBasis.MoU => 0.4,
        LegalBasis.JointDecree => 0.5,
        LegalBasis.Pks => 0.7,
        LegalBasis.Perda => 0.8,
        _ => 0.5,
    };
}
