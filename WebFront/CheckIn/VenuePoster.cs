using System.Text;
using System.Text.Encodings.Web;

namespace CheckIn.WebFront.CheckIn;

/// <summary>The printable A4 poster of a venue: its name, the QR code of its check-in URL, the URL itself and the
/// empty-mail address, in Japanese and English. Every venue-supplied text is HTML-encoded.</summary>
internal static class VenuePoster
{
    /// <summary>A complete HTML page (<c>text/html; charset=utf-8</c>), laid out for A4 portrait.</summary>
    public static string Render(string venueName, Uri checkInUrl, string checkInMailAddress)
    {
        ArgumentNullException.ThrowIfNull(venueName);
        ArgumentNullException.ThrowIfNull(checkInMailAddress);
        var html = HtmlEncoder.Default;
        var name = html.Encode(venueName);
        var url = html.Encode(checkInUrl.AbsoluteUri);
        var mail = html.Encode(checkInMailAddress);
        var mailto = html.Encode("mailto:" + checkInMailAddress);
        var qr = VenueQrCode.Svg(checkInUrl);
        return new StringBuilder()
            .Append("""
                <!DOCTYPE html>
                <html lang="ja">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """)
            .Append("<title>").Append(name).Append(" — 来訪者登録 / Visitor check-in</title>\n")
            .Append("""
                <style>
                @page { size: A4 portrait; margin: 15mm; }
                body { font-family: "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif; text-align: center; color: #000; margin: 0; }
                h1 { font-size: 26pt; margin: 6mm 0 2mm; }
                .venue { font-size: 20pt; margin: 0 0 6mm; overflow-wrap: anywhere; }
                .qr svg { width: 110mm; height: 110mm; }
                .steps { font-size: 13pt; line-height: 1.6; margin: 4mm auto; max-width: 170mm; }
                .addr { font-family: monospace; font-size: 12pt; overflow-wrap: anywhere; }
                </style>
                </head>
                <body>
                <h1>来訪者登録 / Visitor check-in</h1>
                """)
            .Append("<p class=\"venue\">").Append(name).Append("</p>\n")
            .Append("<div class=\"qr\">").Append(qr).Append("</div>\n")
            .Append("""
                <div class="steps">
                <p>QRコードを読み取り、メールアドレスを登録してください。感染者が出た場合にお知らせします。<br>
                Scan the QR code and register your e-mail address. We will tell you if a visitor at the same time tests positive.</p>
                """)
            .Append("<p class=\"addr\">").Append(url).Append("</p>\n")
            .Append("<p>空メールでも登録できます / Or send an empty e-mail to:</p>\n")
            .Append("<p class=\"addr\"><a href=\"").Append(mailto).Append("\">").Append(mail).Append("</a></p>\n")
            .Append("<p>登録情報は60日後に削除されます。/ Your registration is deleted after 60 days.</p>\n")
            .Append("</div>\n</body>\n</html>\n")
            .ToString();
    }
}
