using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a site: its profile and its slots.</summary>
[GenerateSerializer, Alias("checkin.state.SiteState")]
public sealed class SiteState
{
    [Id(0)]
    public bool Defined { get; set; }

    [Id(1)]
    public string Name { get; set; } = "";

    [Id(2)]
    public string Address { get; set; } = "";

    [Id(3)]
    public List<SlotInfo> Slots { get; set; } = [];
}
