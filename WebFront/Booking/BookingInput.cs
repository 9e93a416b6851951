using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CheckIn.WebFront.Booking;

/// <summary>Reads what clients send to the booking area: ids, dates, times, instants. Every reader is
/// strict and never throws, so bad input becomes a 4xx problem and never reaches a grain.</summary>
public static partial class BookingInput
{
    /// <summary>The longest id accepted from a client (ours are at most 48 characters).</summary>
    public const int MaxIdLength = 64;

    private static readonly string[] s_birthDateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-M-d", "yyyy/M/d", "yyyy.MM.dd"];

    /// <summary>True for an id of the booking domain: 1 to 64 ASCII letters, digits and hyphens (ids go into
    /// grain keys, so '/' and anything else is refused).</summary>
    public static bool IsId([NotNullWhen(true)] string? value) => value is { Length: > 0 and <= MaxIdLength } && IdPattern().IsMatch(value);

    /// <summary>A date written <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParseDate(string? value, out DateOnly date)
        => DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A local start time written <c>HH:mm</c> (24 hours).</summary>
    public static bool TryParseTime(string? value, out TimeOnly time)
        => TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>An instant in ISO 8601 with an explicit offset (<c>Z</c> or <c>±hh:mm</c>): a time without one
    /// would be read in the server's zone, which is never what the caller meant.</summary>
    public static bool TryParseInstant(string? value, out DateTimeOffset instant)
    {
        instant = default;
        return value is { Length: <= 64 } && InstantPattern().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>A UTC offset written <c>±hh:mm</c>, whole minutes within ±14:00.</summary>
    public static bool TryParseOffset(string? value, out TimeSpan offset)
    {
        offset = default;
        var match = value is null ? null : OffsetPattern().Match(value);
        if (match is null || !match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        offset = new TimeSpan(hours, minutes, 0) * (match.Groups[1].Value == "-" ? -1 : 1);
        return minutes < 60 && offset.Duration() <= TimeSpan.FromHours(14);
    }

    /// <summary>What a resident typed, made plain: full-width digits and hyphens (as Japanese input methods
    /// write them) become ASCII, and spaces and hyphens between digit groups go.</summary>
    public static string NormalizeVoucherNumber(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 64)
        {
            return value ?? "";
        }

        var plain = value.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (c is not (' ' or '-' or '\u2010' or '\u2212' or '\u30FC'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A birth date as residents write it: <c>YYYY-MM-DD</c>, <c>YYYY/MM/DD</c>, <c>YYYYMMDD</c>, full-width
    /// digits included.</summary>
    public static bool TryParseBirthDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 32)
        {
            return false;
        }

        return DateOnly.TryParseExact(value.Normalize(NormalizationForm.FormKC).Trim(), s_birthDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>A UTC offset as <c>+09:00</c>.</summary>
    public static string FormatOffset(TimeSpan offset)
        => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[A-Za-z0-9-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();

    [GeneratedRegex(@"^([+-])([0-9]{2}):([0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
