namespace CheckIn.WebFront.CheckIn.Staff;

/// <summary>The fields of the venue registration form.</summary>
public sealed class VenueForm
{
    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? Address { get; set; }
}
