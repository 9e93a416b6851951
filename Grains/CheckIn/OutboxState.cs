namespace CheckIn.Grains.CheckIn;

/// <summary>What an outbox must send: written when visitors are queued, never while sending.</summary>
[GenerateSerializer, Alias("checkin.state.OutboxState")]
internal sealed class OutboxState
{
    [Id(0)]
    public string ExposureId { get; set; } = string.Empty;

    [Id(1)]
    public string Tenant { get; set; } = string.Empty;

    [Id(2)]
    public string VenueName { get; set; } = string.Empty;

    [Id(3)]
    public DateTimeOffset From { get; set; }

    [Id(4)]
    public DateTimeOffset To { get; set; }

    /// <summary>The visitors' pseudonyms; a visitor's position never changes, and <see cref="OutboxProgressState"/> refers to it.</summary>
    [Id(5)]
    public List<string> Visitors { get; set; } = [];
}
