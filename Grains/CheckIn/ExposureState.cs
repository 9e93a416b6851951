using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="ExposureGrain"/>. The recipients themselves live in the outboxes.</summary>
internal sealed class ExposureState
{
    public ExposureStatus Status { get; set; }

    public string VenueId { get; set; } = string.Empty;

    public string Tenant { get; set; } = string.Empty;

    public string VenueName { get; set; } = string.Empty;

    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    public DateTimeOffset Until { get; set; }

    public string ReportedBy { get; set; } = string.Empty;

    public DateTimeOffset ReportedAt { get; set; }

    /// <summary>How many outboxes the recipients are spread over; fixed durably before the first outbox write, so a
    /// resumed fan-out sends every visitor to the same outbox as before, where it is recognised.</summary>
    public int Outboxes { get; set; }

    public int Recipients { get; set; }

    /// <summary>When the recipients were last selected; a selection made before <see cref="Until"/> is repeated after it.</summary>
    public DateTimeOffset? SelectedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
