using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn;

/// <summary>Local days and hours in the configured time zone: visits are bucketed, counted and awarded points per
/// local day, while every stored time stays an absolute <see cref="DateTimeOffset"/>.</summary>
public sealed class LocalCalendar
{
    /// <summary>Uses the time zone of the options.</summary>
    public LocalCalendar(IOptions<CheckInOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Zone = TryFindZone(options.Value.TimeZone, out var zone)
            ? zone
            : throw new InvalidOperationException($"{CheckInOptions.SectionName}:TimeZone '{options.Value.TimeZone}' is not a known time zone.");
    }

    /// <summary>The time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Finds a time zone by IANA (or Windows) id.</summary>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The time in the local zone.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The local date of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(ToLocal(at).DateTime);

    /// <summary>The local hour (0 to 23) of an instant.</summary>
    public int HourOf(DateTimeOffset at) => ToLocal(at).Hour;

    /// <summary>The local dates from the one holding <paramref name="from"/> to the one holding <paramref name="until"/>.</summary>
    public IEnumerable<DateOnly> DatesBetween(DateTimeOffset from, DateTimeOffset until)
    {
        for (var date = DateOf(from); date <= DateOf(until); date = date.AddDays(1))
        {
            yield return date;
        }
    }
}
