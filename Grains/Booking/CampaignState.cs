using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a campaign: its definition, sites and slot catalog.</summary>
public sealed class CampaignState
{
    public bool Defined { get; set; }

    public string Tenant { get; set; } = "";

    public string Name { get; set; } = "";

    public DateTimeOffset OpensAt { get; set; }

    public int DoseIntervalDays { get; set; }

    public TimeSpan UtcOffset { get; set; }

    public DateOnly? FirstDate { get; set; }

    public DateOnly? LastDate { get; set; }

    public CampaignStatus Status { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public List<SiteInfo> Sites { get; set; } = [];

    public List<SlotInfo> Slots { get; set; } = [];
}
