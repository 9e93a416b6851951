namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A registered venue as staff see it.</summary>
/// <param name="VenueId">The venue's id (16 lower-case base32 characters).</param>
/// <param name="Tenant">The tenant (municipality) the venue belongs to.</param>
/// <param name="Name">The venue's name.</param>
/// <param name="Category">The kind of venue.</param>
/// <param name="Address">The postal address.</param>
/// <param name="Owner">The staff user that owns the venue.</param>
/// <param name="Code">The current signed check-in code; the check-in page is <c>/c/{Code}</c>.</param>
/// <param name="CodeVersion">How many times the code was rotated (older codes no longer work).</param>
/// <param name="CheckInMailAddress">The address for empty-mail check-in, <c>c-{Code}@{mail domain}</c>.</param>
/// <param name="RegisteredAt">When the venue was registered.</param>
[GenerateSerializer, Immutable, Alias("checkin.VenueInfo")]
public sealed record VenueInfo(
    string VenueId,
    string Tenant,
    string Name,
    string Category,
    string Address,
    string Owner,
    string Code,
    int CodeVersion,
    string CheckInMailAddress,
    DateTimeOffset RegisteredAt);
