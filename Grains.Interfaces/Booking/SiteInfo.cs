namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A vaccination site of a campaign.</summary>
/// <param name="SiteId">The site's id within the campaign.</param>
/// <param name="Name">Its name.</param>
/// <param name="Address">Its address.</param>
[GenerateSerializer, Immutable, Alias("checkin.SiteInfo")]
public sealed record SiteInfo(string SiteId, string Name, string Address);
