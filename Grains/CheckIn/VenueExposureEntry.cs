namespace CheckIn.Grains.CheckIn;

/// <summary>An exposure as the venue remembers it: the window maps to one exposure id.</summary>
[GenerateSerializer, Alias("checkin.state.VenueExposureEntry")]
internal sealed class VenueExposureEntry
{
    [Id(0)]
    public string ExposureId { get; set; } = string.Empty;

    [Id(1)]
    public DateTimeOffset From { get; set; }

    [Id(2)]
    public DateTimeOffset To { get; set; }

    [Id(3)]
    public DateTimeOffset ReportedAt { get; set; }
}
