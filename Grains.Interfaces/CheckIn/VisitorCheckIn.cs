namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>What the check-in entry point hands to a visitor grain: the venue, already resolved from a valid code,
/// and the visitor's address sealed with AES-GCM (the visitor grain never sees it in clear).</summary>
/// <param name="VenueId">The venue's id.</param>
/// <param name="VenueName">The venue's name.</param>
/// <param name="SealedAddress">The e-mail address encrypted for the contact store.</param>
/// <param name="Channel">How the visitor checked in.</param>
[GenerateSerializer, Immutable, Alias("checkin.VisitorCheckIn")]
public sealed record VisitorCheckIn(string VenueId, string VenueName, byte[] SealedAddress, CheckInChannel Channel);
