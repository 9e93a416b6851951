namespace CheckIn.Grains.CheckIn;

/// <summary>What an outbox has sent: small, so it is written after every batch of sends.</summary>
internal sealed class OutboxProgressState
{
    public const byte Pending = 0;
    public const byte Sent = 1;
    public const byte Failed = 2;

    /// <summary>One status per visitor position (missing positions are pending); stored as base64.</summary>
    public byte[] Status { get; set; } = [];

    /// <summary>Positions whose last attempt failed and that wait for a retry.</summary>
    public Dictionary<int, OutboxRetry> Retries { get; set; } = [];

    public int SentCount { get; set; }

    public int FailedCount { get; set; }

    public int FailedAttempts { get; set; }

    public byte StatusOf(int position) => position < Status.Length ? Status[position] : Pending;

    public void SetStatus(int position, byte status)
    {
        if (position >= Status.Length)
        {
            var grown = new byte[Math.Max(position + 1, Status.Length * 2)];
            Status.CopyTo(grown, 0);
            Status = grown;
        }

        Status[position] = status;
    }
}
