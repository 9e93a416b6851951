namespace CheckIn.Grains.CheckIn;

/// <summary>One stored check-in of a visitor.</summary>
internal sealed class VisitorCheckInState
{
    public string Id { get; set; } = string.Empty;

    public string VenueId { get; set; } = string.Empty;

    public string VenueName { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public bool PointAwarded { get; set; }
}
