using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Booking.Api;

namespace CheckIn.WebFront.Booking.Campaigns;

/// <summary>Checks the staff's campaign, site and slot input (API bodies and page forms go through the same
/// checks) and turns it into the grains' requests.</summary>
public static class CampaignInput
{
    /// <summary>The longest name accepted (the grains' limit).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest address accepted (the grains' limit).</summary>
    public const int MaxAddressLength = 500;

    /// <summary>The most start times in one request (one every five minutes all day).</summary>
    public const int MaxTimes = 288;

    /// <summary>The API's slot capacity limit.</summary>
    public const int MaxCapacity = 10_000;

    /// <summary>The definition of a new campaign, or null with the errors.</summary>
    public static CampaignDefinition? Campaign(string tenant, CreateCampaignRequest body, BookingValidation errors)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        Text(errors, "name", body.Name, MaxNameLength);
        DateTimeOffset opensAt = default;
        if (string.IsNullOrWhiteSpace(body.OpensAt))
        {
            errors.Add("opensAt", "is required");
        }
        else if (!BookingInput.TryParseInstant(body.OpensAt, out opensAt))
        {
            errors.Add("opensAt", "must be an ISO 8601 time with an offset, e.g. 2026-05-01T09:00:00+09:00");
        }

        if (body.DoseIntervalDays is null)
        {
            errors.Add("doseIntervalDays", "is required");
        }
        else if (body.DoseIntervalDays is < 0 or > 365)
        {
            errors.Add("doseIntervalDays", "must be 0 (single dose) to 365");
        }

        TimeSpan? offset = null;
        if (!string.IsNullOrEmpty(body.UtcOffset))
        {
            if (BookingInput.TryParseOffset(body.UtcOffset, out var parsed))
            {
                offset = parsed;
            }
            else
            {
                errors.Add("utcOffset", "must be ±hh:mm within ±14:00");
            }
        }

        var first = OptionalDate(errors, "firstDate", body.FirstDate);
        var last = OptionalDate(errors, "lastDate", body.LastDate);
        if (first is { } f && last is { } l && f > l)
        {
            errors.Add("lastDate", "must not be before firstDate");
        }

        return errors.IsValid ? new CampaignDefinition(tenant, body.Name!.Trim(), opensAt, body.DoseIntervalDays!.Value, offset, first, last) : null;
    }

    /// <summary>The definition of a new site, or null with the errors.</summary>
    public static SiteDefinition? Site(CreateSiteRequest body, BookingValidation errors)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        Text(errors, "name", body.Name, MaxNameLength);
        Text(errors, "address", body.Address, MaxAddressLength);
        return errors.IsValid ? new SiteDefinition(body.Name!.Trim(), body.Address!.Trim()) : null;
    }

    /// <summary>The slots to add at a site, or null with the errors.</summary>
    public static AddSlotsRequest? Slots(string siteId, CreateSlotsRequest body, BookingValidation errors)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(body.Date))
        {
            errors.Add("date", "is required");
        }
        else if (!BookingInput.TryParseDate(body.Date, out date))
        {
            errors.Add("date", "must be a date YYYY-MM-DD");
        }

        var times = new List<TimeOnly>();
        if (body.Times is null || body.Times.Count == 0)
        {
            errors.Add("times", "must list at least one start time HH:mm");
        }
        else if (body.Times.Count > MaxTimes)
        {
            errors.Add("times", $"must list at most {MaxTimes} start times");
        }
        else
        {
            foreach (var text in body.Times)
            {
                if (!BookingInput.TryParseTime(text, out var time))
                {
                    errors.Add("times", $"'{Shorten(text)}' is not a time HH:mm");
                }
                else if (times.Contains(time))
                {
                    errors.Add("times", $"{text} is given twice");
                }
                else
                {
                    times.Add(time);
                }
            }
        }

        if (body.Capacity is null)
        {
            errors.Add("capacity", "is required");
        }
        else if (body.Capacity is < 1 or > MaxCapacity)
        {
            errors.Add("capacity", $"must be 1 to {MaxCapacity}");
        }

        return errors.IsValid ? new AddSlotsRequest(siteId, date, times, body.Capacity!.Value) : null;
    }

    private static void Text(BookingValidation errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required");
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(field, $"must be at most {maxLength} characters");
        }
    }

    private static DateOnly? OptionalDate(BookingValidation errors, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (BookingInput.TryParseDate(value, out var date))
        {
            return date;
        }

        errors.Add(field, "must be a date YYYY-MM-DD");
        return null;
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length > 16 ? text[..16] + "…" : text;
}
