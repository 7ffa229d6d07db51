using System.Globalization;
using KadSim.Events;
using KadSim.Scenario;
using KadSim.State;

namespace KadSim.IO.Output;

/// <summary>
/// The text the traces use for statuses, stages, event kinds and event details, in one place so every writer
/// (Parquet files, in-memory traces) names things the same way.
/// </summary>
public static class TraceText
{
    public static readonly string[] StatusNames = LowerNames<BodyStatus>();
    public static readonly string[] StageNames = LowerNames<NetworkStage>();
    public static readonly string[] KindNames = Names<EventKind>();
    private static readonly string[] MissReasonNames = Names<MissReason>();
    private static readonly string[] ChannelNames = Names<BudgetChannel>();
    private static readonly string[] CancelReasonNames = Names<CancelReason>();
    private static readonly string[] ConflictKindNames = Names<ConflictKind>();

    public static string? Kind(EventKind kind) => Name(KindNames, (int)kind);

    /// <summary>Kinds whose <see cref="SimEvent.Grant"/> holds a grant index (written as <c>grant</c>).</summary>
    public static bool IsGrantKind(EventKind kind) => kind is EventKind.GrantStarted or EventKind.GrantEnded or EventKind.GrantWithheld;

    /// <summary>Kinds whose <see cref="SimEvent.Grant"/> holds a programme index (written as <c>programme</c>, not <c>grant</c>).</summary>
    public static bool IsProgrammeKind(EventKind kind) => kind is EventKind.ProgrammeStarted or EventKind.AuctionHeld
        or EventKind.AuctionCancelled or EventKind.ContractsRealised or EventKind.ContractsBreached or EventKind.Sanctioned;

    /// <summary>The <c>grant</c> column of an event: its grant index for grant kinds, else null.</summary>
    public static int? Grant(in SimEvent e) => IsGrantKind(e.Kind) && e.Grant >= 0 ? e.Grant : null;

    /// <summary>The <c>programme</c> column of an event: its programme id for programme kinds, else null.</summary>
    public static string? Programme(in SimEvent e, string[] programmeIds) =>
        IsProgrammeKind(e.Kind) && e.Grant >= 0 && e.Grant < programmeIds.Length ? programmeIds[e.Grant] : null;

    /// <summary>The <c>detail</c> column of an event: a reason, channel, status, stage or province by kind.</summary>
    public static string? Detail(in SimEvent e, string[] provinceIds) => e.Kind switch
    {
        EventKind.DuesMissed => Name(MissReasonNames, e.Detail),
        EventKind.ChannelClosed or EventKind.ChannelOpened or EventKind.DuesChannelSwitched => Name(ChannelNames, e.Detail),
        EventKind.StatusChanged => Name(StatusNames, (int)e.Value),
        EventKind.ProvinceWillChanged => e.Detail >= 0 && e.Detail < provinceIds.Length ? provinceIds[e.Detail] : null,
        EventKind.AuctionCancelled => Name(CancelReasonNames, e.Detail),
        EventKind.Conflict => Name(ConflictKindNames, e.Detail),
        EventKind.StageChanged => Name(StageNames, (int)e.Value),
        _ => null,
    };

    public static string? Name(string[] names, int value) => value >= 0 && value < names.Length ? names[value] : null;

    private static string[] Names<TEnum>() where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        int max = values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture));
        var names = new string[max + 1];
        for (int k = 0; k <= max; k++) names[k] = k.ToString(CultureInfo.InvariantCulture);
        foreach (var v in values) names[Convert.ToInt32(v, CultureInfo.InvariantCulture)] = v.ToString();
        return names;
    }

    private static string[] LowerNames<TEnum>() where TEnum : struct, Enum => [.. Names<TEnum>().Select(s => s.ToLowerInvariant())];
}
