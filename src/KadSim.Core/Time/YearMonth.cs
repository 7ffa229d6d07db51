using System.Globalization;

namespace KadSim.Time;

/// <summary>A calendar month ("2003-06"). The model's clock ticks once a month.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>Months since year 0, month 1: makes differences and ordering plain integer arithmetic.</summary>
    public int Ordinal => Year * 12 + (Month - 1);

    public static YearMonth FromOrdinal(int ordinal) => new(ordinal / 12, ordinal % 12 + 1);

    public YearMonth AddMonths(int months) => FromOrdinal(Ordinal + months);

    public int MonthsUntil(YearMonth later) => later.Ordinal - Ordinal;

    public int CompareTo(YearMonth other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(YearMonth a, YearMonth b) => a.Ordinal < b.Ordinal;
    public static bool operator >(YearMonth a, YearMonth b) => a.Ordinal > b.Ordinal;
    public static bool operator <=(YearMonth a, YearMonth b) => a.Ordinal <= b.Ordinal;
    public static bool operator >=(YearMonth a, YearMonth b) => a.Ordinal >= b.Ordinal;

    public bool IsValid => Year is >= 1900 and <= 2200 && Month is >= 1 and <= 12;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Parses "YYYY-MM" (also accepts "YYYY-MM-DD", keeping the month).</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.Length != 7 && s.Length != 10) return false;
        if (s[4] != '-') return false;
        if (!int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return false;
        if (!int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return false;
        if (s.Length == 10)
        {
            if (s[7] != '-' || !int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)) return false;
            if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m)) return false;
        }
        value = new YearMonth(y, m);
        return value.IsValid;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"'{text}' is not a month of the form YYYY-MM");
}
