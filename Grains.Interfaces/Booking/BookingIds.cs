using System.Security.Cryptography;

namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>Random identifiers for the booking domain. They carry no meaning and reveal nothing about
/// the resident, the voucher or other ids: 128 bits from the operating system's secure generator.</summary>
public static class BookingIds
{
    /// <summary>A new campaign id.</summary>
    public static string NewCampaignId() => "c" + RandomHex(16);

    /// <summary>A new site id.</summary>
    public static string NewSiteId() => "s" + RandomHex(8);

    /// <summary>A new resident id: the only identity the reservation side knows.</summary>
    public static string NewResidentId() => "r" + RandomHex(16);

    /// <summary>A new reservation id.</summary>
    public static string NewReservationId() => "v" + RandomHex(16);

    /// <summary>A new dose-series id (a dose-1 reservation and its dose 2).</summary>
    public static string NewSeriesId() => "d" + RandomHex(16);

    /// <summary>An attendance code: eight random digits.</summary>
    public static string NewAttendanceCode() => RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    private static string RandomHex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
