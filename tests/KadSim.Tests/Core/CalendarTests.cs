using KadSim.Time;

namespace KadSim.Tests.Core;

public class CalendarTests
{
    [Theory]
    [InlineData("2003-06", 2003, 6)]
    [InlineData("2011-12", 2011, 12)]
    [InlineData("2003-06-28", 2003, 6)]
    public void ParsesMonths(string text, int year, int month) => Assert.Equal(new YearMonth(year, month), YearMonth.Parse(text));

    [Theory]
    [InlineData("2003-13")]
    [InlineData("2003-00")]
    [InlineData("03-06")]
    [InlineData("2003/06")]
    [InlineData("2003-02-30")]
    [InlineData("")]
    [InlineData("June 2003")]
    public void RejectsBadMonths(string text) => Assert.False(YearMonth.TryParse(text, out _));

    [Fact]
    public void TicksMapToMonthsBothWays()
    {
        var cal = new Calendar(YearMonth.Parse("2003-01"), YearMonth.Parse("2022-12"));
        Assert.Equal(240, cal.Ticks);
        Assert.Equal(new YearMonth(2011, 1), cal.At(96));
        Assert.Equal(96, cal.TickOf(new YearMonth(2011, 1)));
        Assert.Equal(2011, cal.YearAt(96));
        Assert.Equal(1, cal.MonthAt(96));
        Assert.Equal(12, cal.MonthAt(239));
    }
}
