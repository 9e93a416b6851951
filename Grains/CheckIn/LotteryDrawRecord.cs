using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Grains.CheckIn;

/// <summary>A recorded draw: everything needed to recompute its winners.</summary>
[GenerateSerializer, Alias("checkin.state.LotteryDrawRecord")]
internal sealed class LotteryDrawRecord
{
    [Id(0)]
    public string DrawId { get; set; } = string.Empty;

    [Id(1)]
    public DateTimeOffset DrawnAt { get; set; }

    [Id(2)]
    public string DrawnBy { get; set; } = string.Empty;

    [Id(3)]
    public string Seed { get; set; } = string.Empty;

    [Id(4)]
    public List<LotteryEntry> Entries { get; set; } = [];

    [Id(5)]
    public List<string> Winners { get; set; } = [];
}
