using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VenueDirectoryGrain"/>.</summary>
internal sealed class VenueDirectoryState
{
    public List<VenueListing> Venues { get; set; } = [];
}
