namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a voucher register entry.</summary>
public sealed class VoucherState
{
    public DateOnly? BirthDate { get; set; }

    /// <summary>The random id the voucher maps to on the reservation side.</summary>
    public string? ResidentId { get; set; }

    public DateTimeOffset? RegisteredAt { get; set; }
}
