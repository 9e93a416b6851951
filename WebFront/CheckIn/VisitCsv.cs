using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.WebFront.CheckIn;

/// <summary>CSV exports of a venue's visits (RFC 4180, CRLF line ends). Safe to open in a spreadsheet: a cell that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with an apostrophe so it
/// is never taken for a formula; and no cell ever carries an e-mail address: visitors appear only as pseudonyms,
/// and anything shaped like an address in venue-supplied text is replaced. Serve as <c>text/csv; charset=utf-8</c>
/// (prepend a byte order mark for Excel).</summary>
internal static partial class VisitCsv
{
    private const string Redacted = "[address removed]";

    /// <summary>Visits per local day and hour: <c>venue,date,hour,visits</c>.</summary>
    public static string Counts(string venueName, IEnumerable<HourlyVisitCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var csv = new StringBuilder();
        Row(csv, "venue", "date", "hour", "visits");
        foreach (var count in counts.OrderBy(static c => c.Date).ThenBy(static c => c.Hour))
        {
            Row(
                csv,
                venueName,
                count.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                count.Hour.ToString(CultureInfo.InvariantCulture),
                count.Count.ToString(CultureInfo.InvariantCulture));
        }

        return csv.ToString();
    }

    /// <summary>Single check-ins: <c>venue,at,visitor</c>, with times in <paramref name="zone"/> (ISO 8601 with offset).</summary>
    public static string Visits(string venueName, IEnumerable<Visit> visits, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(zone);
        var csv = new StringBuilder();
        Row(csv, "venue", "at", "visitor");
        foreach (var visit in visits.OrderBy(static v => v.At))
        {
            Row(csv, venueName, TimeZoneInfo.ConvertTime(visit.At, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), visit.Visitor);
        }

        return csv.ToString();
    }

    /// <summary>One cell, neutralised, with addresses removed, and quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(string? value)
    {
        var text = EmailLike().Replace(value ?? string.Empty, Redacted);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static void Row(StringBuilder csv, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }

    // Anything with an '@' between two non-space runs: broader than valid addresses on purpose.
    [GeneratedRegex(@"[^\s@,;:<>()\[\]""']+@[^\s@,;:<>()\[\]""']+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailLike();
}
