using System.Globalization;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>Dates and times as residents read them, in the page's language and the campaign's local time:
/// <c>2026年1月2日(金) 10:00</c> or <c>Fri 2 Jan 2026, 10:00</c>.</summary>
public static class BookingFormat
{
    private static readonly string[] s_japaneseWeekdays = ["日", "月", "火", "水", "木", "金", "土"];

    /// <summary>A local date.</summary>
    public static string Date(PageContext page, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.IsEnglish
            ? date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日({s_japaneseWeekdays[(int)date.DayOfWeek]})");
    }

    /// <summary>A local start time, <c>HH:mm</c>.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant in the campaign's local time.</summary>
    public static string DateTime(PageContext page, DateTimeOffset instant, TimeSpan offset)
    {
        var local = instant.ToOffset(offset);
        var date = DateOnly.FromDateTime(local.DateTime);
        return Date(page, date) + (page.IsEnglish ? ", " : " ") + Time(TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The local date of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeSpan offset) => DateOnly.FromDateTime(instant.ToOffset(offset).DateTime);

    /// <summary>A date as form fields and links carry it, <c>YYYY-MM-DD</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A wait as people say it: "about 3 minutes", "under a minute".</summary>
    public static string Wait(PageContext page, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(page);
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes <= 1
            ? page.T("1分以内", "under a minute")
            : page.T(string.Create(CultureInfo.InvariantCulture, $"約{minutes}分"), string.Create(CultureInfo.InvariantCulture, $"about {minutes} minutes"));
    }
}
