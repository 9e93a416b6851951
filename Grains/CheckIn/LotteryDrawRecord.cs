using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Grains.CheckIn;

/// <summary>A recorded draw: everything needed to recompute its winners.</summary>
internal sealed class LotteryDrawRecord
{
    public string DrawId { get; set; } = string.Empty;

    public DateTimeOffset DrawnAt { get; set; }

    public string DrawnBy { get; set; } = string.Empty;

    public string Seed { get; set; } = string.Empty;

    public List<LotteryEntry> Entries { get; set; } = [];

    public List<string> Winners { get; set; } = [];
}
