namespace CheckIn.WebFront.Booking;

/// <summary>Settings of the booking area of the web front, bound from the <c>BookingWeb</c> section and
/// validated at start. (The grains' own settings are the <c>Booking</c> section; the waiting room's are
/// <see cref="WaitingRoom.WaitingRoomOptions"/>.)</summary>
public sealed class BookingWebOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "BookingWeb";

    /// <summary>How long a resident's session token is valid.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Failed resident sign-ins per client address within <see cref="SignInFailureWindow"/> after
    /// which the address gets <c>429 locked_out</c> (the per-voucher lockout is the grain's). Always on.</summary>
    public int MaxSignInFailuresPerAddress { get; set; } = 20;

    /// <summary>How long a failed sign-in counts against its client address.</summary>
    public TimeSpan SignInFailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the web front reuses a campaign's description (tenant, opening time, sites) before
    /// asking the campaign grain again, so that the opening stampede does not queue on that one grain.</summary>
    public TimeSpan CampaignCacheLifetime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The <c>max-age</c> of the public availability feed.</summary>
    public TimeSpan AvailabilityMaxAge { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Voucher lines sent to the import grain per call, so that each call ends well within the
    /// grain call timeout (30 s) whatever the file's size.</summary>
    public int VoucherImportChunkSize { get; set; } = 1_000;

    /// <summary>The largest voucher file accepted (CSV upload, API or page).</summary>
    public long MaxVoucherFileBytes { get; set; } = 32L * 1024 * 1024;
}
