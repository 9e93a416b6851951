namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The fields of the resident sign-in form.</summary>
public sealed class ResidentSignInForm
{
    public string? VoucherNumber { get; set; }

    public string? BirthDate { get; set; }
}
