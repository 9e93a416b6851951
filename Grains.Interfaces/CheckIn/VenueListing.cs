namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>One venue in a tenant's directory.</summary>
/// <param name="VenueId">The venue's id.</param>
/// <param name="Name">The venue's name at registration.</param>
/// <param name="Owner">The staff user that owns the venue.</param>
/// <param name="RegisteredAt">When the venue was registered.</param>
[GenerateSerializer, Immutable, Alias("checkin.VenueListing")]
public sealed record VenueListing(string VenueId, string Name, string Owner, DateTimeOffset RegisteredAt);
