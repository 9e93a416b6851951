namespace CheckIn.WebFront.CheckIn;

/// <summary>The answer of <c>GET /api/venues/{venueId}/visits</c>.</summary>
public sealed record VisitsResponse(int Count, IReadOnlyList<VisitResponse> Visits);
