using System.Text;
using CheckIn.WebFront.CheckIn;

namespace CheckIn.Tests.CheckIn;

public sealed class VenuePosterTests
{
    private static readonly Uri s_url = CheckInLinks.AbsoluteCheckInUrl(new Uri("https://checkin.example.jp"), "abcdefghijklmnopqrstuvwxyz234567abcd");

    [Fact]
    public void CheckInLinks_PathAndAbsoluteUrl()
    {
        Assert.Equal("/c/abc", CheckInLinks.CheckInPath("abc"));
        Assert.Equal("https://checkin.example.jp/c/abcdefghijklmnopqrstuvwxyz234567abcd", s_url.AbsoluteUri);
    }

    [Fact]
    public void QrCode_SvgAndPng()
    {
        Assert.StartsWith("<svg", VenueQrCode.Svg(s_url).TrimStart(), StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], VenueQrCode.Png(s_url)[..4]);
        Assert.Throws<ArgumentException>(() => VenueQrCode.Svg(new Uri("/c/x", UriKind.Relative)));
    }

    [Fact]
    public void Poster_VenueNameEncoded_UrlAndMailAddressShown()
    {
        var html = VenuePoster.Render("<script>alert(1)</script> 喫茶", s_url, "c-abc@in.checkin.test");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(s_url.AbsoluteUri, html, StringComparison.Ordinal);
        Assert.Contains("mailto:c-abc@in.checkin.test", html, StringComparison.Ordinal);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(html) > 1000);
    }
}
