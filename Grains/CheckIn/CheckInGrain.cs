using CheckIn.Grains.CheckIn.Security;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Grains.Interfaces;
using Orleans.Concurrency;

namespace CheckIn.Grains.CheckIn;

/// <summary>The check-in entry point: a stateless worker, so check-ins verify codes and hash addresses on every
/// core, and reentrant, so each worker keeps many check-ins in flight while they wait for storage (without it a
/// silo would run one check-in per core at a time, and group commit would see one write per transaction).
/// Forged codes are refused here, by the signature, without touching any venue grain.</summary>
[StatelessWorker]
[Reentrant]
internal sealed class CheckInGrain(VenueCodeSigner signer, VisitorPseudonymizer pseudonymizer, ContactCipher cipher)
    : Grain, ICheckInGrain
{
    public async Task<CheckInResult> CheckIn(string code, string email, CheckInChannel channel)
    {
        if (!signer.TryVerify(code, out var venueId, out var version))
        {
            throw UnknownVenue();
        }

        if (!EmailAddresses.TryNormalize(email, out var normalized))
        {
            throw new CheckInException(CheckInErrorCodes.InvalidEmail, "This is not an e-mail address the service can send to.");
        }

        var venue = await GrainFactory.Reference<IVenueGrain>(venueId).Resolve(version);
        var pseudonym = pseudonymizer.Pseudonymize(normalized);
        var sealedAddress = cipher.Seal(normalized.Address, venue.Tenant, pseudonym);
        return await GrainFactory.Reference<IVisitorGrain>(GrainKeys.Visitor(venue.Tenant, pseudonym))
            .CheckIn(new VisitorCheckIn(venue.VenueId, venue.Name, sealedAddress, channel));
    }

    public async Task<PublicVenue> ResolveCode(string code)
    {
        if (!signer.TryVerify(code, out var venueId, out var version))
        {
            throw UnknownVenue();
        }

        var venue = await GrainFactory.Reference<IVenueGrain>(venueId).Resolve(version);
        return new PublicVenue(venue.VenueId, venue.Name, venue.Category, venue.Address, venue.CheckInMailAddress);
    }

    private static CheckInException UnknownVenue() => new(CheckInErrorCodes.UnknownVenue, "No venue has this code.");
}
