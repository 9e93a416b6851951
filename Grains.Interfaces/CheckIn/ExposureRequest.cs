namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>What a venue hands to its exposure grain.</summary>
/// <param name="VenueId">The venue's id.</param>
/// <param name="Tenant">The venue's tenant.</param>
/// <param name="VenueName">The venue's name, for the warning mail.</param>
/// <param name="From">The start of the window.</param>
/// <param name="To">The end of the window.</param>
/// <param name="Until">The end of the selection (<paramref name="To"/> plus the grace period).</param>
/// <param name="ReportedBy">The health officer who reported it.</param>
[GenerateSerializer, Immutable, Alias("checkin.ExposureRequest")]
public sealed record ExposureRequest(string VenueId, string Tenant, string VenueName, DateTimeOffset From, DateTimeOffset To, DateTimeOffset Until, string ReportedBy);
