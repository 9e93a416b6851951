namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The fields of the staff form that adds slots.</summary>
public sealed class SlotsForm
{
    public string? SiteId { get; set; }

    public string? Date { get; set; }

    /// <summary>Start times <c>HH:mm</c>, separated by spaces, commas or new lines.</summary>
    public string? Times { get; set; }

    public string? Capacity { get; set; }
}
