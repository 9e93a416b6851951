namespace CheckIn.Grains.CheckIn;

/// <summary>An exposure as the venue remembers it: the window maps to one exposure id.</summary>
internal sealed class VenueExposureEntry
{
    public string ExposureId { get; set; } = string.Empty;

    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    public DateTimeOffset ReportedAt { get; set; }
}
