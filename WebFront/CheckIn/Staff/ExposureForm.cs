namespace CheckIn.WebFront.CheckIn.Staff;

/// <summary>The fields of the exposure report form: the window's start and end as local date and time
/// (<c>yyyy-MM-ddTHH:mm</c>, the venue's time zone).</summary>
public sealed class ExposureForm
{
    public string? From { get; set; }

    public string? To { get; set; }
}
