using System.Globalization;
using System.Runtime.CompilerServices;

namespace CheckIn.WebFront.Pages;

/// <summary>Builds markup from an interpolated string: literals are written as they are, interpolated
/// strings and values are HTML-encoded, <see cref="HtmlContent"/> (and sequences of it) is written as is.</summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolatedStringHandler
{
    private DefaultInterpolatedStringHandler _inner;

    /// <summary>Called by the compiler.</summary>
    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount)
    {
        _inner = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a literal part of the template as is.</summary>
    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    /// <summary>Writes a string, encoded.</summary>
    public void AppendFormatted(string? value) => _inner.AppendLiteral(Html.Encode(value));

    /// <summary>Writes trusted markup as is.</summary>
    public void AppendFormatted(HtmlContent value) => _inner.AppendLiteral(value.Value ?? "");

    /// <summary>Writes a value: markup as is, anything else formatted invariantly and encoded.</summary>
    public void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case HtmlContent content:
                AppendFormatted(content);
                break;
            case IEnumerable<HtmlContent> contents:
                foreach (var content in contents)
                {
                    AppendFormatted(content);
                }

                break;
            case IFormattable formattable:
                AppendFormatted(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                AppendFormatted(value?.ToString());
                break;
        }
    }

    /// <summary>Writes a formattable value with a format, encoded.</summary>
    public void AppendFormatted<T>(T value, string? format)
        where T : IFormattable
        => AppendFormatted(value.ToString(format, CultureInfo.InvariantCulture));

    internal string ToStringAndClear() => _inner.ToStringAndClear();
}
