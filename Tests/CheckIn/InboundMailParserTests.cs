using System.Text;
using CheckIn.WebFront.CheckIn;

namespace CheckIn.Tests.CheckIn;

public sealed class InboundMailParserTests
{
    private const string Code = "abcdefghijklmnopqrstuvwxyz234567abcd";

    [Fact]
    public void Parse_PlainEmptyMail_CodeAndSender()
    {
        var mail = InboundMailParser.Parse($"From: taro@example.jp\r\nTo: c-{Code}@in.checkin.test\r\nSubject: \r\n\r\n");

        Assert.Equal(Code, mail.VenueCode);
        Assert.Equal("taro@example.jp", mail.From);
        Assert.Null(mail.FromDisplayName);
        Assert.Equal("From", mail.SenderHeader);
    }

    [Fact]
    public void Parse_EncodedWordDisplayNames_Decoded()
    {
        var name = Convert.ToBase64String(Encoding.UTF8.GetBytes("山田 太郎"));
        var mail = InboundMailParser.Parse(
            $"From: =?UTF-8?B?{name}?= <taro@example.jp>\r\n" +
            $"To: =?ISO-2022-JP?B?GyRCO1ZFRBsoQg==?= <c-{Code}@in.checkin.test>\r\n\r\n");

        Assert.Equal("山田 太郎", mail.FromDisplayName);
        Assert.Equal("taro@example.jp", mail.From);
        Assert.Equal(Code, mail.VenueCode);
    }

    [Fact]
    public void Parse_EncodedWordSplitAcrossWordsAndQEncoding_Decoded()
    {
        // "大阪" is six UTF-8 bytes, split 4 + 2 over two words: the words are joined before decoding.
        var bytes = Encoding.UTF8.GetBytes("大阪");
        var first = Convert.ToBase64String(bytes[..4]);
        var second = Convert.ToBase64String(bytes[4..]);
        var mail = InboundMailParser.Parse($"From: =?utf-8?b?{first}?=\r\n =?utf-8?b?{second}?= =?iso-8859-1?q?Caf=E9_Bar?= <a@example.jp>\r\nTo: c-{Code}@x.jp\r\n\r\n");

        Assert.Equal("大阪Café Bar", mail.FromDisplayName);
        Assert.Equal("a@example.jp", mail.From);
    }

    [Fact]
    public void Parse_QuotedDisplayNameWithCommaAndAngleBracket_OneMailbox()
    {
        var mail = InboundMailParser.Parse($"From: \"Yamada, Taro <boss>\" <taro@example.jp>\r\nTo: \"Shop, Umeda\" <c-{Code}@x.jp>\r\n\r\n");

        Assert.Equal("taro@example.jp", mail.From);
        Assert.Equal("Yamada, Taro <boss>", mail.FromDisplayName);
        Assert.Equal(Code, mail.VenueCode);
    }

    [Fact]
    public void Parse_UpperCaseAndPlusAddress_CodeInLowerCaseWithoutTag()
    {
        var mail = InboundMailParser.Parse($"FROM: Taro+Shop@Example.JP\r\nTO: C-{Code.ToUpperInvariant()}+poster@IN.CHECKIN.TEST\r\n\r\n");

        Assert.Equal(Code, mail.VenueCode);
        Assert.Equal("Taro+Shop@Example.JP", mail.From);
    }

    [Fact]
    public void Parse_FoldedToWithSeveralRecipients_FindsTheCheckInAddress()
    {
        var mail = InboundMailParser.Parse(
            "From: taro@example.jp\r\n" +
            "To: friend@example.jp,\r\n" +
            "\t\"Someone (not me)\" <someone@example.jp>, (comment) \r\n" +
            $"  <c-{Code}@in.checkin.test>\r\n" +
            "Subject: hello\r\n\r\n");

        Assert.Equal(Code, mail.VenueCode);
    }

    [Fact]
    public void Parse_GroupSyntaxAndSourceRoute_Handled()
    {
        var mail = InboundMailParser.Parse($"From: taro@example.jp\r\nTo: Venues: <@relay.example:c-{Code}@x.jp>;, undisclosed-recipients:;\r\n\r\n");

        Assert.Equal(Code, mail.VenueCode);
    }

    [Fact]
    public void Parse_LfLineEndsAndMboxFromLine_Handled()
    {
        var mail = InboundMailParser.Parse($"From taro@example.jp Sat Jan  3 01:05:34 2026\nFrom: Taro <taro@example.jp>\nTo: <c-{Code}@x.jp>\n\nbody\n");

        Assert.Equal(Code, mail.VenueCode);
        Assert.Equal("taro@example.jp", mail.From);
        Assert.Equal("Taro", mail.FromDisplayName);
    }

    [Fact]
    public void Parse_MissingFrom_FallsBackToSenderThenReturnPath()
    {
        var sender = InboundMailParser.Parse($"Sender: s@example.jp\r\nReturn-Path: <r@example.jp>\r\nTo: c-{Code}@x.jp\r\n\r\n");
        var returnPath = InboundMailParser.Parse($"Return-Path: <r@example.jp>\r\nTo: c-{Code}@x.jp\r\n\r\n");
        var none = InboundMailParser.Parse($"Return-Path: <>\r\nTo: c-{Code}@x.jp\r\n\r\n");

        Assert.Equal(("s@example.jp", "Sender"), (sender.From, sender.SenderHeader));
        Assert.Equal(("r@example.jp", "Return-Path"), (returnPath.From, returnPath.SenderHeader));
        Assert.Null(none.From);
        Assert.Null(none.SenderHeader);
        Assert.Equal(Code, none.VenueCode);
    }

    [Fact]
    public void Parse_CheckInAddressOnlyInEnvelopeHeader_Found()
    {
        var mail = InboundMailParser.Parse($"From: taro@example.jp\r\nTo: undisclosed-recipients:;\r\nDelivered-To: c-{Code}@in.checkin.test\r\n\r\n");

        Assert.Equal(Code, mail.VenueCode);
    }

    [Fact]
    public void Parse_NoCheckInAddress_NoCode()
    {
        var mail = InboundMailParser.Parse("From: taro@example.jp\r\nTo: c-@x.jp, c-not/valid@x.jp, contact@x.jp, c-abc!@x.jp\r\n\r\n");

        Assert.Null(mail.VenueCode);
        Assert.Equal("taro@example.jp", mail.From);
    }

    [Fact]
    public void Parse_HeaderLookalikesInBody_Ignored()
    {
        var mail = InboundMailParser.Parse($"From: taro@example.jp\r\nTo: friend@example.jp\r\n\r\nTo: c-{Code}@x.jp\r\nFrom: evil@example.jp\r\n");

        Assert.Null(mail.VenueCode);
        Assert.Equal("taro@example.jp", mail.From);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("garbage without headers")]
    [InlineData("To: <<<>>>\"\"(((\r\nFrom: =?x?q?=ZZ?= <\r\n\r\n")]
    [InlineData("To: =?UTF-8?B?!!!?=\r\n\r\n")]
    public void Parse_Malformed_NeverThrows(string raw)
    {
        var mail = InboundMailParser.Parse(raw);

        Assert.Null(mail.VenueCode);
    }

    [Fact]
    public void Parse_Utf8RawHeaders_Accepted()
    {
        var mail = InboundMailParser.Parse(Encoding.UTF8.GetBytes($"From: 山田 <taro@example.jp>\r\nTo: 施設 <c-{Code}@x.jp>\r\n\r\n"));

        Assert.Equal("山田", mail.FromDisplayName);
        Assert.Equal(Code, mail.VenueCode);
    }
}
