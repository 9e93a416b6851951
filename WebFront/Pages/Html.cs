using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CheckIn.WebFront.Pages;

/// <summary>Safe markup: <c>Html.Of($"&lt;p&gt;{userText}&lt;/p&gt;")</c> encodes <c>userText</c>.</summary>
public static class Html
{
    // All Unicode ranges allowed, so Japanese stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Markup from an interpolated template; values are encoded.</summary>
    public static HtmlContent Of(ref HtmlInterpolatedStringHandler handler) => new(handler.ToStringAndClear());

    /// <summary>Encodes text for an element body or a quoted attribute.</summary>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : s_encoder.Encode(text);

    /// <summary>Joins pieces of markup.</summary>
    public static HtmlContent Join(IEnumerable<HtmlContent> parts) => new(string.Concat(parts.Select(static p => p.Value)));
}
