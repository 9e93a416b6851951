namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>What staff create a vaccination site with.</summary>
/// <param name="Name">The site's name.</param>
/// <param name="Address">Its address.</param>
[GenerateSerializer, Immutable, Alias("checkin.SiteDefinition")]
public sealed record SiteDefinition(string Name, string Address);
