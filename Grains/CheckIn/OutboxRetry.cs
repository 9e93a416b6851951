namespace CheckIn.Grains.CheckIn;

/// <summary>A mail waiting for its next attempt.</summary>
[GenerateSerializer, Alias("checkin.state.OutboxRetry")]
internal sealed class OutboxRetry
{
    [Id(0)]
    public int Attempts { get; set; }

    [Id(1)]
    public DateTimeOffset NextAttemptAt { get; set; }
}
