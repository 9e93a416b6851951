using CheckIn.Grains.CheckIn.Security;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Grains.Interfaces;

namespace CheckIn.Grains.CheckIn;

/// <summary>A tenant's venue directory.</summary>
internal sealed class VenueDirectoryGrain([PersistentState("venue-directory")] IPersistentState<VenueDirectoryState> state)
    : Grain, IVenueDirectoryGrain
{
    public async Task<VenueInfo> Register(VenueRegistration registration)
    {
        var tenant = this.GetPrimaryKeyString();
        VenueRules.Validate(tenant, registration);
        var venueId = VenueCodeSigner.NewVenueId();
        var info = await GrainFactory.Reference<IVenueGrain>(venueId).Register(tenant, registration);
        state.State.Venues.Add(new VenueListing(info.VenueId, info.Name, info.Owner, info.RegisteredAt));
        await state.WriteStateAsync();
        return info;
    }

    public Task<IReadOnlyList<VenueListing>> List() => Task.FromResult<IReadOnlyList<VenueListing>>([.. state.State.Venues]);
}
