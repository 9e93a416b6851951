using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.WebFront.CheckIn;

namespace CheckIn.Tests.CheckIn;

public sealed class VisitCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("", "")]
    public void Cell_FormulaStarts_Neutralised(string value, string expected)
        => Assert.Equal(expected, VisitCsv.Cell(value));

    [Fact]
    public void Cell_EmailAddresses_Removed()
    {
        var cell = VisitCsv.Cell("問い合わせ info@shop.example.jp まで");

        Assert.DoesNotContain("@", cell, StringComparison.Ordinal);
        Assert.Contains("問い合わせ", cell, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_EveryCellNeutralised()
    {
        var csv = VisitCsv.Counts("=cmd|' /C calc'!A0", [new HourlyVisitCount(new DateOnly(2026, 1, 2), 18, 7), new HourlyVisitCount(new DateOnly(2026, 1, 1), 9, 3)]);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("venue,date,hour,visits", lines[0]);
        Assert.Equal("'=cmd|' /C calc'!A0,2026-01-01,9,3", lines[1]);
        Assert.Equal("'=cmd|' /C calc'!A0,2026-01-02,18,7", lines[2]);
    }

    [Fact]
    public void Visits_LocalTimesAndPseudonyms()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var csv = VisitCsv.Visits("Cafe", [new Visit(new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.Zero), new string('a', 64))], zone);

        Assert.Equal($"venue,at,visitor\r\nCafe,2026-01-01T09:30:00+09:00,{new string('a', 64)}\r\n", csv);
    }
}
