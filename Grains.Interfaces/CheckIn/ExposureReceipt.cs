namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>The answer to an exposure report: when it returns, the recipients are selected and one warning mail per
/// recipient is queued durably.</summary>
/// <param name="ExposureId">The exposure's id; the same venue and window always give the same id.</param>
/// <param name="VenueId">The venue's id.</param>
/// <param name="From">The start of the reported window.</param>
/// <param name="To">The end of the reported window.</param>
/// <param name="Until">The end of the selection: <paramref name="To"/> plus the grace period.</param>
/// <param name="Recipients">The distinct visitors warned.</param>
/// <param name="IsNew">False when this venue and window had been reported before (no new mail is sent).</param>
[GenerateSerializer, Immutable, Alias("checkin.ExposureReceipt")]
public sealed record ExposureReceipt(string ExposureId, string VenueId, DateTimeOffset From, DateTimeOffset To, DateTimeOffset Until, int Recipients, bool IsNew);
