using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VenueDirectoryGrain"/>.</summary>
[GenerateSerializer, Alias("checkin.state.VenueDirectoryState")]
internal sealed class VenueDirectoryState
{
    [Id(0)]
    public List<VenueListing> Venues { get; set; } = [];
}
