namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>One warning to one visitor.</summary>
/// <param name="ExposureId">The exposure.</param>
/// <param name="Tenant">The tenant the visitor's contact is stored under.</param>
/// <param name="Visitor">The visitor's pseudonym.</param>
/// <param name="VenueName">The venue's name.</param>
/// <param name="From">The start of the window.</param>
/// <param name="To">The end of the window.</param>
public sealed record WarningMail(string ExposureId, string Tenant, string Visitor, string VenueName, DateTimeOffset From, DateTimeOffset To);
