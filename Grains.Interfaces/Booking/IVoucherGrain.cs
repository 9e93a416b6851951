namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>An entry of a campaign's voucher register (key: <see cref="BookingKeys.Voucher"/>): the birth
/// date to check and the random resident id the voucher maps to. This is the only place that links a
/// voucher to a resident.</summary>
[Alias("checkin.IVoucherGrain")]
public interface IVoucherGrain : IGrainWithStringKey
{
    /// <summary>Registers the voucher with a new random resident id, in one write.</summary>
    Task<VoucherRegistration> Register(DateOnly birthDate);

    /// <summary>Checks the birth date and grants a session for the resident. An unknown voucher and a
    /// wrong birth date get the same refusal, <c>invalid_voucher</c>; after repeated failures the voucher
    /// is locked (<c>locked_out</c>, with the time to wait), whether or not the date is right.</summary>
    Task<SessionGrant> SignIn(DateOnly birthDate);
}
