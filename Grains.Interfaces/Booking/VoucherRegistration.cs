namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>What registering a voucher did.</summary>
[GenerateSerializer, Alias("checkin.VoucherRegistration")]
public enum VoucherRegistration
{
    /// <summary>The voucher is now in the register.</summary>
    Registered,

    /// <summary>It already was; nothing changed.</summary>
    AlreadyRegistered,
}
