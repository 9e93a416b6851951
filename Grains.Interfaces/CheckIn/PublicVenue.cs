namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>What the public check-in page may show about a venue: no owner, no tenant internals.</summary>
/// <param name="VenueId">The venue's id.</param>
/// <param name="Name">The venue's name.</param>
/// <param name="Category">The kind of venue.</param>
/// <param name="Address">The postal address.</param>
/// <param name="CheckInMailAddress">The address for empty-mail check-in (for a <c>mailto:</c> link).</param>
[GenerateSerializer, Immutable, Alias("checkin.PublicVenue")]
public sealed record PublicVenue(string VenueId, string Name, string Category, string Address, string CheckInMailAddress);
