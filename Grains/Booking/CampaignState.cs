using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a campaign: its definition, sites and slot catalog.</summary>
[GenerateSerializer, Alias("checkin.state.CampaignState")]
public sealed class CampaignState
{
    [Id(0)]
    public bool Defined { get; set; }

    [Id(1)]
    public string Tenant { get; set; } = "";

    [Id(2)]
    public string Name { get; set; } = "";

    [Id(3)]
    public DateTimeOffset OpensAt { get; set; }

    [Id(4)]
    public int DoseIntervalDays { get; set; }

    [Id(5)]
    public TimeSpan UtcOffset { get; set; }

    [Id(6)]
    public DateOnly? FirstDate { get; set; }

    [Id(7)]
    public DateOnly? LastDate { get; set; }

    [Id(8)]
    public CampaignStatus Status { get; set; }

    [Id(9)]
    public DateTimeOffset? PublishedAt { get; set; }

    [Id(10)]
    public List<SiteInfo> Sites { get; set; } = [];

    [Id(11)]
    public List<SlotInfo> Slots { get; set; } = [];
}
