namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="LotteryGrain"/>.</summary>
internal sealed class LotteryState
{
    /// <summary>Entries per visitor pseudonym.</summary>
    public Dictionary<string, int> Entries { get; set; } = new(StringComparer.Ordinal);

    public List<LotteryDrawRecord> Draws { get; set; } = [];
}
