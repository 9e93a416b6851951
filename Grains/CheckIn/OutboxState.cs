namespace CheckIn.Grains.CheckIn;

/// <summary>What an outbox must send: written when visitors are queued, never while sending.</summary>
internal sealed class OutboxState
{
    public string ExposureId { get; set; } = string.Empty;

    public string Tenant { get; set; } = string.Empty;

    public string VenueName { get; set; } = string.Empty;

    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    /// <summary>The visitors' pseudonyms; a visitor's position never changes, and <see cref="OutboxProgressState"/> refers to it.</summary>
    public List<string> Visitors { get; set; } = [];
}
