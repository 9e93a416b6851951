namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The fields of the staff form that creates a campaign.</summary>
public sealed class CreateCampaignForm
{
    public string? Name { get; set; }

    /// <summary>Local date and time, <c>YYYY-MM-DDTHH:mm</c> (a datetime-local field), in <see cref="UtcOffset"/>.</summary>
    public string? OpensAt { get; set; }

    public string? UtcOffset { get; set; }

    public string? DoseIntervalDays { get; set; }

    public string? FirstDate { get; set; }

    public string? LastDate { get; set; }
}
