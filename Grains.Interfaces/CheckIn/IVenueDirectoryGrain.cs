using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A tenant's venues (key: the tenant id). Registering a venue here gives it its id and first code.</summary>
[Alias("checkin.IVenueDirectoryGrain")]
public interface IVenueDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Registers a venue in this tenant. Fails with <see cref="CheckInErrorCodes.InvalidVenue"/> for a
    /// missing or over-long field.</summary>
    Task<VenueInfo> Register(VenueRegistration registration);

    /// <summary>The tenant's venues, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<VenueListing>> List();
}
