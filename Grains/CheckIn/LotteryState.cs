namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="LotteryGrain"/>.</summary>
[GenerateSerializer, Alias("checkin.state.LotteryState")]
internal sealed class LotteryState
{
    /// <summary>Entries per visitor pseudonym.</summary>
    [Id(0)]
    public Dictionary<string, int> Entries { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public List<LotteryDrawRecord> Draws { get; set; } = [];
}
