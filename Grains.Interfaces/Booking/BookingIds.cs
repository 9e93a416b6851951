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

    private static string RandomHex(int bytes)
    {
        Span<byte> random = stackalloc byte[bytes];
        SecureRandom.Fill(random);
        return Convert.ToHexStringLower(random);
    }

    /// <summary>Bytes of the secure generator, taken from it 4 KiB at a time per thread: one call into the
    /// operating system's generator per 256 ids instead of one per id (the booking path makes three ids per attempt).
    /// Each byte is handed out once.</summary>
    private static class SecureRandom
    {
        private const int BufferSize = 4096;

        [ThreadStatic]
        private static byte[]? s_buffer;

        [ThreadStatic]
        private static int s_used;

        public static void Fill(Span<byte> destination)
        {
            var buffer = s_buffer;
            if (buffer is null || s_used + destination.Length > BufferSize)
            {
                buffer = s_buffer ??= new byte[BufferSize];
                RandomNumberGenerator.Fill(buffer);
                s_used = 0;
            }

            buffer.AsSpan(s_used, destination.Length).CopyTo(destination);
            buffer.AsSpan(s_used, destination.Length).Clear();
            s_used += destination.Length;
        }
    }
}
