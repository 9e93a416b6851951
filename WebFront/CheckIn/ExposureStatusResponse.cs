namespace CheckIn.WebFront.CheckIn;

/// <summary>The answer of <c>GET /api/exposures/{exposureId}</c>.</summary>
public sealed record ExposureStatusResponse(string ExposureId, string VenueId, string Status, int Recipients, int Sent, int Failed, int Pending);
