using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="ExposureGrain"/>. The recipients themselves live in the outboxes.</summary>
[GenerateSerializer, Alias("checkin.state.ExposureState")]
internal sealed class ExposureState
{
    [Id(0)]
    public ExposureStatus Status { get; set; }

    [Id(1)]
    public string VenueId { get; set; } = string.Empty;

    [Id(2)]
    public string Tenant { get; set; } = string.Empty;

    [Id(3)]
    public string VenueName { get; set; } = string.Empty;

    [Id(4)]
    public DateTimeOffset From { get; set; }

    [Id(5)]
    public DateTimeOffset To { get; set; }

    [Id(6)]
    public DateTimeOffset Until { get; set; }

    [Id(7)]
    public string ReportedBy { get; set; } = string.Empty;

    [Id(8)]
    public DateTimeOffset ReportedAt { get; set; }

    /// <summary>How many outboxes the recipients are spread over; fixed durably before the first outbox write, so a
    /// resumed fan-out sends every visitor to the same outbox as before, where it is recognised.</summary>
    [Id(9)]
    public int Outboxes { get; set; }

    [Id(10)]
    public int Recipients { get; set; }

    /// <summary>When the recipients were last selected; a selection made before <see cref="Until"/> is repeated after it.</summary>
    [Id(11)]
    public DateTimeOffset? SelectedAt { get; set; }

    [Id(12)]
    public DateTimeOffset? CompletedAt { get; set; }
}
