using QRCoder;

namespace CheckIn.WebFront.CheckIn;

/// <summary>QR codes of a venue's absolute check-in URL for the poster (<c>qr.svg</c>, <c>qr.png</c>). Error
/// correction level Q (25%) so a poster that is creased or partly covered still scans.</summary>
internal static class VenueQrCode
{
    /// <summary>The QR code as an SVG document (<c>image/svg+xml</c>).</summary>
    public static string Svg(Uri checkInUrl, int pixelsPerModule = 8)
    {
        using var data = Encode(checkInUrl);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(pixelsPerModule);
    }

    /// <summary>The QR code as a PNG image (<c>image/png</c>).</summary>
    public static byte[] Png(Uri checkInUrl, int pixelsPerModule = 10)
    {
        using var data = Encode(checkInUrl);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(pixelsPerModule);
    }

    private static QRCodeData Encode(Uri checkInUrl)
    {
        ArgumentNullException.ThrowIfNull(checkInUrl);
        if (!checkInUrl.IsAbsoluteUri || (checkInUrl.Scheme != Uri.UriSchemeHttps && checkInUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The QR code must hold an absolute http(s) URL.", nameof(checkInUrl));
        }

        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(checkInUrl.AbsoluteUri, QRCodeGenerator.ECCLevel.Q);
    }
}
