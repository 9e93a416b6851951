namespace CheckIn.WebFront.Booking.Sessions;

/// <summary>How a resident's sign-in ended.</summary>
public enum ResidentSignInStatus
{
    /// <summary>A session was issued.</summary>
    Succeeded,

    /// <summary>Unknown or malformed voucher number, or a wrong or malformed birth date: one answer for all.</summary>
    InvalidVoucher,

    /// <summary>Too many failures, of this voucher or from this address.</summary>
    LockedOut,
}
