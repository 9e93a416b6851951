namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>Warning mails for one outbox: the exposure they belong to and the visitors (pseudonyms) to warn.</summary>
/// <param name="ExposureId">The exposure's id.</param>
/// <param name="Tenant">The tenant the visitors' contacts are stored under.</param>
/// <param name="VenueName">The venue's name, for the mail text.</param>
/// <param name="From">The start of the window.</param>
/// <param name="To">The end of the window.</param>
/// <param name="Visitors">The pseudonyms; ones the outbox already holds are ignored.</param>
[GenerateSerializer, Immutable, Alias("checkin.OutboxBatch")]
public sealed record OutboxBatch(string ExposureId, string Tenant, string VenueName, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<string> Visitors);
