using System.Globalization;
using System.Text;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Operations;

/// <summary>A small SVG line chart drawn on the server (no chart library, no script).</summary>
internal static class Sparkline
{
    private const int Width = 300;
    private const int Height = 60;

    public static HtmlContent Render(IReadOnlyList<double> values, string label)
    {
        var max = values.Count == 0 ? 0 : values.Max();
        var scale = max > 0 ? (Height - 4) / max : 0;
        var step = values.Count > 1 ? (double)Width / (values.Count - 1) : 0;
        var points = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            var x = i * step;
            var y = Height - 2 - (values[i] * scale);
            points.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
        }

        var line = values.Count > 1
            ? Html.Of($"<polyline fill=\"none\" stroke=\"#0b57d0\" stroke-width=\"2\" points=\"{points.ToString().TrimEnd()}\"/>")
            : HtmlContent.Empty;
        return Html.Of($"""
            <svg class="sparkline" viewBox="0 0 {Width} {Height}" preserveAspectRatio="none" role="img" aria-label="{label}">
            <line x1="0" y1="{Height - 1}" x2="{Width}" y2="{Height - 1}" stroke="#767676" stroke-width="1"/>
            {line}
            </svg>
            """);
    }
}
