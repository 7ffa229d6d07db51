namespace KadSim.Charts;

/// <summary>Sizes and formats shared by every chart, chosen to be readable at report size.</summary>
public static class ChartStyle
{
    public const int Width = 900;
    public const int Height = 480;

    /// <summary>Rupiah in the unit that keeps the numbers short: milyar (10⁹) or juta (10⁶).</summary>
    public static (double Divisor, string Unit) RupiahScale(double maxAbs) =>
        maxAbs >= 1e10 ? (1e9, "Rp milyar") : (1e6, "Rp juta");
}
