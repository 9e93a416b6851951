using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a site: its profile and its slots.</summary>
public sealed class SiteState
{
    public bool Defined { get; set; }

    public string Name { get; set; } = "";

    public string Address { get; set; } = "";

    public List<SlotInfo> Slots { get; set; } = [];
}
