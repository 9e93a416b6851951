namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The fields of the staff form that adds a site.</summary>
public sealed class SiteForm
{
    public string? Name { get; set; }

    public string? Address { get; set; }
}
