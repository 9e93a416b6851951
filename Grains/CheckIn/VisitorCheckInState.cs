namespace CheckIn.Grains.CheckIn;

/// <summary>One stored check-in of a visitor.</summary>
[GenerateSerializer, Alias("checkin.state.VisitorCheckInState")]
internal sealed class VisitorCheckInState
{
    [Id(0)]
    public string Id { get; set; } = string.Empty;

    [Id(1)]
    public string VenueId { get; set; } = string.Empty;

    [Id(2)]
    public string VenueName { get; set; } = string.Empty;

    [Id(3)]
    public DateTimeOffset At { get; set; }

    [Id(4)]
    public bool PointAwarded { get; set; }
}
