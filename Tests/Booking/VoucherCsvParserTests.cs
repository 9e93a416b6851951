using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Tests.Booking;

/// <summary>The voucher file parser the web front and the importer share.</summary>
public sealed class VoucherCsvParserTests
{
    private static readonly DateOnly s_today = new(2026, 1, 1);

    [Fact]
    public void Parse_HeaderAndGoodLines_AllAcceptedWithLineNumbers()
    {
        var result = VoucherCsvParser.Parse("voucherNumber,birthDate\n0123456789,1950-04-01\n9876543210,2001-12-31\n", s_today);

        Assert.Empty(result.Rejected);
        Assert.Equal(
            [new VoucherCsvLine(2, "0123456789", new DateOnly(1950, 4, 1)), new VoucherCsvLine(3, "9876543210", new DateOnly(2001, 12, 31))],
            result.Lines);
    }

    [Fact]
    public void Parse_NoHeader_FirstLineIsData()
    {
        var result = VoucherCsvParser.Parse("0123456789,1950-04-01", s_today);

        Assert.Equal([1], result.Lines.Select(l => l.LineNumber));
    }

    [Fact]
    public void Parse_JapaneseHeader_Skipped()
    {
        var result = VoucherCsvParser.Parse("券番号,生年月日\n0123456789,1950-04-01", s_today);

        Assert.Empty(result.Rejected);
        Assert.Single(result.Lines);
    }

    [Theory]
    [InlineData("012345678,1950-04-01")]
    [InlineData("01234567890,1950-04-01")]
    [InlineData("01234S6789,1950-04-01")]
    [InlineData("０１２３４５６７８９,1950-04-01")]
    [InlineData(",1950-04-01")]
    public void Parse_BadVoucherNumber_RejectedWithReason(string line)
    {
        var result = VoucherCsvParser.Parse("0000000001,1950-04-01\n" + line, s_today);

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(2, rejection.Line);
        Assert.StartsWith(VoucherCsvReasons.BadNumber, rejection.Reason, StringComparison.Ordinal);
        Assert.Single(result.Lines);
    }

    [Theory]
    [InlineData("0123456789,1950-02-30")]
    [InlineData("0123456789,1950-13-01")]
    [InlineData("0123456789,01/04/1950")]
    [InlineData("0123456789,")]
    [InlineData("0123456789,2026-01-02")]
    [InlineData("0123456789,1899-12-31")]
    public void Parse_BadBirthDate_RejectedWithReason(string line)
    {
        var result = VoucherCsvParser.Parse(line, s_today);

        var rejection = Assert.Single(result.Rejected);
        Assert.StartsWith(VoucherCsvReasons.BadDate, rejection.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void Parse_BothFieldsBad_ReportsBothInOneRejection()
    {
        var rejection = Assert.Single(VoucherCsvParser.Parse("12,1950-99-99", s_today).Rejected);

        Assert.Contains(VoucherCsvReasons.BadNumber, rejection.Reason, StringComparison.Ordinal);
        Assert.Contains(VoucherCsvReasons.BadDate, rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateInFile_LaterLineRejectedNamingFirst()
    {
        var result = VoucherCsvParser.Parse("0123456789,1950-04-01\n1111111111,1960-01-01\n0123456789,1970-01-01", s_today);

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(3, rejection.Line);
        Assert.Equal($"{VoucherCsvReasons.DuplicateInFile}: voucher number already on line 1", rejection.Reason);
        Assert.Equal(new DateOnly(1950, 4, 1), result.Lines.Single(l => l.VoucherNumber == "0123456789").BirthDate);
    }

    [Theory]
    [InlineData("0123456789")]
    [InlineData("0123456789,1950-04-01,extra")]
    [InlineData("0123456789;1950-04-01")]
    public void Parse_WrongFieldCount_RejectedAsBadLine(string line)
    {
        var rejection = Assert.Single(VoucherCsvParser.Parse(line, s_today).Rejected);

        Assert.StartsWith(VoucherCsvReasons.BadLine, rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BomCrLfQuotesSpacesBlankLinesTrailingSeparators_Accepted()
    {
        var text = "\uFEFFvoucherNumber,birthDate\r\n\"0123456789\", \"1950-04-01\"\r\n\r\n  1111111111 , 1960/1/2 ,,\r\n   \r\n";

        var result = VoucherCsvParser.Parse(text, s_today);

        Assert.Empty(result.Rejected);
        Assert.Equal(
            [new VoucherCsvLine(2, "0123456789", new DateOnly(1950, 4, 1)), new VoucherCsvLine(4, "1111111111", new DateOnly(1960, 1, 2))],
            result.Lines);
    }

    [Fact]
    public void Parse_HeaderLikeLineAfterData_Rejected()
    {
        var result = VoucherCsvParser.Parse("0123456789,1950-04-01\nvoucherNumber,birthDate", s_today);

        Assert.Equal(2, Assert.Single(result.Rejected).Line);
    }

    [Fact]
    public void Parse_Empty_NothingAcceptedNothingRejected()
    {
        var result = VoucherCsvParser.Parse("", s_today);

        Assert.Empty(result.Lines);
        Assert.Empty(result.Rejected);
    }
}
