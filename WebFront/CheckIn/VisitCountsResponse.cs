using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.WebFront.CheckIn;

/// <summary>The answer of <c>GET /api/venues/{venueId}/visit-counts</c>: check-ins per local day and hour.</summary>
public sealed record VisitCountsResponse(int Total, IReadOnlyList<HourlyVisitCount> Hours);
