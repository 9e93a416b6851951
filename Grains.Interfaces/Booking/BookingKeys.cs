using System.Globalization;

namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>The grain keys of the booking domain, so the web front and the grains address the same
/// grains. Everything on the reservation side (slots, residents) is keyed by random ids only; the
/// voucher number appears only in the key of its register entry.</summary>
public static class BookingKeys
{
    /// <summary>The key of a site: <c>{campaignId}/{siteId}</c>.</summary>
    public static string Site(string campaignId, string siteId) => Join(campaignId, siteId);

    /// <summary>The key of a slot: <c>{campaignId}/{slotId}</c>.</summary>
    public static string Slot(string campaignId, string slotId) => Join(campaignId, slotId);

    /// <summary>The key of a resident: <c>{campaignId}/{residentId}</c>.</summary>
    public static string Resident(string campaignId, string residentId) => Join(campaignId, residentId);

    /// <summary>The key of a voucher register entry: <c>{campaignId}/{voucherNumber}</c>.</summary>
    public static string Voucher(string campaignId, string voucherNumber) => Join(campaignId, voucherNumber);

    /// <summary>The key of a day's availability (board and cache): <c>{campaignId}/{yyyy-MM-dd}</c>.</summary>
    public static string Day(string campaignId, DateOnly date) => Join(campaignId, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The slot id of a site's slot at a local date and time: unique per site and start, so
    /// adding the same slot twice finds the first.</summary>
    public static string SlotId(string siteId, DateOnly date, TimeOnly time)
        => string.Create(CultureInfo.InvariantCulture, $"{siteId}-{date:yyyyMMdd}-{time:HHmm}");

    /// <summary>Splits a two-part key into the campaign id and the rest.</summary>
    public static (string CampaignId, string Id) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 || slash == key.Length - 1
            ? throw new ArgumentException($"'{key}' is not a booking key of the form campaignId/id.", nameof(key))
            : (key[..slash], key[(slash + 1)..]);
    }

    private static string Join(string campaignId, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(campaignId);
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (campaignId.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A campaign id cannot contain '/'.", nameof(campaignId));
        }

        return campaignId + "/" + id;
    }
}
