namespace CheckIn.Grains.CheckIn;

/// <summary>A mail waiting for its next attempt.</summary>
internal sealed class OutboxRetry
{
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }
}
