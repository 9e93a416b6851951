namespace CheckIn.Grains.CheckIn;

/// <summary>What an outbox has sent: small, so it is written after every batch of sends.</summary>
[GenerateSerializer, Alias("checkin.state.OutboxProgressState")]
internal sealed class OutboxProgressState
{
    public const byte Pending = 0;
    public const byte Sent = 1;
    public const byte Failed = 2;

    /// <summary>One status per visitor position (missing positions are pending); stored as base64.</summary>
    [Id(0)]
    public byte[] Status { get; set; } = [];

    /// <summary>Positions whose last attempt failed and that wait for a retry.</summary>
    [Id(1)]
    public Dictionary<int, OutboxRetry> Retries { get; set; } = [];

    [Id(2)]
    public int SentCount { get; set; }

    [Id(3)]
    public int FailedCount { get; set; }

    [Id(4)]
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
