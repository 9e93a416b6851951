namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a voucher register entry.</summary>
[GenerateSerializer, Alias("checkin.state.VoucherState")]
public sealed class VoucherState
{
    [Id(0)]
    public DateOnly? BirthDate { get; set; }

    /// <summary>The random id the voucher maps to on the reservation side.</summary>
    [Id(1)]
    public string? ResidentId { get; set; }

    [Id(2)]
    public DateTimeOffset? RegisteredAt { get; set; }
}
