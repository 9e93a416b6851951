namespace CheckIn.WebFront.CheckIn;

/// <summary>The body of <c>POST /api/venues/{venueId}/exposures</c>.</summary>
public sealed record ExposureReportRequest(DateTimeOffset? From, DateTimeOffset? To);
