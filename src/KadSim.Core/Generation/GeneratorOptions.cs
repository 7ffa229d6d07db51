using KadSim.Time;

namespace KadSim.Generation;

/// <summary>What <see cref="ScenarioGenerator"/> builds: size, trust degree, seed, provinces and period.</summary>
public sealed record GeneratorOptions
{
    public const double DefaultMeanDegree = 10;
    public const int MinRegions = 2;
    public const int MaxRegions = 10_000_000;

    /// <summary>Number of regions (kabupaten and kota).</summary>
    public int Regions { get; init; } = 1000;

    /// <summary>
    /// Target mean out-degree of the directed trust network (edges ÷ regions). Co-members are always related;
    /// explicit trust pairs between nearby regions are added to reach the target. A target below the co-member
    /// degree leaves the co-member network as it is.
    /// </summary>
    public double MeanDegree { get; init; } = DefaultMeanDegree;

    public long Seed { get; init; } = 1;

    /// <summary>Number of provinces; default about one per 13.5 regions (Indonesia: 514 in 38).</summary>
    public int? Provinces { get; init; }

    /// <summary>Use the Indonesia preset's 38 provinces and their kabupaten/kota counts (needs 514 regions).</summary>
    public bool Indonesia { get; init; }

    public YearMonth Start { get; init; } = new(2003, 1);
    public YearMonth End { get; init; } = new(2022, 12);

    /// <summary>Problems with these options, or an empty list.</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        if (Regions is < MinRegions or > MaxRegions) problems.Add($"regions must be {MinRegions}..{MaxRegions:N0}, not {Regions}");
        if (Indonesia && Regions != IndonesiaPreset.Regions) problems.Add($"the Indonesia preset has {IndonesiaPreset.Regions} regions, not {Regions}");
        if (!double.IsFinite(MeanDegree) || MeanDegree < 0 || MeanDegree > 200) problems.Add($"mean degree must be 0..200, not {MeanDegree}");
        if (Seed < 0) problems.Add($"seed must be ≥ 0, not {Seed}");
        if (Provinces is { } p && (p < 1 || p > Regions)) problems.Add($"provinces must be 1..{Regions}, not {p}");
        if (Indonesia && Provinces is { } q && q != IndonesiaPreset.ProvinceCount) problems.Add($"the Indonesia preset has {IndonesiaPreset.ProvinceCount} provinces, not {q}");
        if (End < Start) problems.Add($"end {End} is before start {Start}");
        return problems;
    }
}
