namespace KadSim.Time;

/// <summary>Maps ticks (0-based months) to calendar months for one run. Tick 0 is the scenario's start month.</summary>
public readonly struct Calendar
{
    public Calendar(YearMonth start, YearMonth end)
    {
        if (end < start) throw new ArgumentException($"end {end} is before start {start}");
        Start = start;
        End = end;
    }

    public YearMonth Start { get; }
    public YearMonth End { get; }

    /// <summary>Number of monthly ticks, both ends included.</summary>
    public int Ticks => Start.MonthsUntil(End) + 1;

    public YearMonth At(int tick) => Start.AddMonths(tick);

    /// <summary>Tick of a month; may be negative (before start) or ≥ Ticks (after end).</summary>
    public int TickOf(YearMonth month) => Start.MonthsUntil(month);

    public int YearAt(int tick) => (Start.Ordinal + tick) / 12;
    public int MonthAt(int tick) => (Start.Ordinal + tick) % 12 + 1;
}
