namespace CheckIn.WebFront.CheckIn;

/// <summary>A registered venue: its id, its signed code, the relative check-in URL <c>/c/{code}</c> and the
/// empty-mail address.</summary>
public sealed record VenueCreatedResponse(string VenueId, string Code, string CheckInUrl, string CheckInMailAddress);
