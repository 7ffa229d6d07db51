namespace KadSim.Generation;

/// <summary>
/// The Indonesia-sized preset: 514 districts and cities (416 kabupaten, 98 kota) in 38 provinces, with
/// each province's real number of kabupaten and kota (after the 2022 creation of the Papuan provinces).
/// Only the counts are real: the regions themselves, their positions and every attribute are synthetic.
/// </summary>
public static class IndonesiaPreset
{
    /// <summary>Regions (kabupaten + kota) in the preset.</summary>
    public const int Regions = 514;

    /// <summary>Provinces in the preset.</summary>
    public const int ProvinceCount = 38;

    /// <summary>One province: id, name, number of kabupaten and of kota.</summary>
    public readonly record struct Province(string Id, string Name, int Kabupaten, int Kota)
    {
        public int Regions => Kabupaten + Kota;
    }

    /// <summary>The 38 provinces, west to east.</summary>
    public static IReadOnlyList<Province> Provinces { get; } =
    [
        new("aceh", "Aceh", 18, 5),
        new("sumatera-utara", "Sumatera Utara", 25, 8),
        new("sumatera-barat", "Sumatera Barat", 12, 7),
        new("riau", "Riau", 10, 2),
        new("jambi", "Jambi", 9, 2),
        new("sumatera-selatan", "Sumatera Selatan", 13, 4),
        new("bengkulu", "Bengkulu", 9, 1),
        new("lampung", "Lampung", 13, 2),
        new("bangka-belitung", "Kepulauan Bangka Belitung", 6, 1),
        new("kepulauan-riau", "Kepulauan Riau", 5, 2),
        new("dki-jakarta", "DKI Jakarta", 1, 5),
        new("jawa-barat", "Jawa Barat", 18, 9),
        new("jawa-tengah", "Jawa Tengah", 29, 6),
        new("di-yogyakarta", "DI Yogyakarta", 4, 1),
        new("jawa-timur", "Jawa Timur", 29, 9),
        new("banten", "Banten", 4, 4),
        new("bali", "Bali", 8, 1),
        new("nusa-tenggara-barat", "Nusa Tenggara Barat", 8, 2),
        new("nusa-tenggara-timur", "Nusa Tenggara Timur", 21, 1),
        new("kalimantan-barat", "Kalimantan Barat", 12, 2),
        new("kalimantan-tengah", "Kalimantan Tengah", 13, 1),
        new("kalimantan-selatan", "Kalimantan Selatan", 11, 2),
        new("kalimantan-timur", "Kalimantan Timur", 7, 3),
        new("kalimantan-utara", "Kalimantan Utara", 4, 1),
        new("sulawesi-utara", "Sulawesi Utara", 11, 4),
        new("sulawesi-tengah", "Sulawesi Tengah", 12, 1),
        new("sulawesi-selatan", "Sulawesi Selatan", 21, 3),
        new("sulawesi-tenggara", "Sulawesi Tenggara", 15, 2),
        new("gorontalo", "Gorontalo", 5, 1),
        new("sulawesi-barat", "Sulawesi Barat", 6, 0),
        new("maluku", "Maluku", 9, 2),
        new("maluku-utara", "Maluku Utara", 8, 2),
        new("papua", "Papua", 8, 1),
        new("papua-barat", "Papua Barat", 7, 0),
        new("papua-selatan", "Papua Selatan", 4, 0),
        new("papua-tengah", "Papua Tengah", 8, 0),
        new("papua-pegunungan", "Papua Pegunungan", 8, 0),
        new("papua-barat-daya", "Papua Barat Daya", 5, 1),
    ];

    /// <summary>Generator options for the preset with the given seed and mean trust degree.</summary>
    public static GeneratorOptions Options(long seed = 1, double meanDegree = GeneratorOptions.DefaultMeanDegree) => new()
    {
        Regions = Regions,
        Seed = seed,
        MeanDegree = meanDegree,
        Indonesia = true,
    };
}
