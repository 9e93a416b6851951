namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>How far an exposure's warning mails are.</summary>
/// <param name="ExposureId">The exposure's id.</param>
/// <param name="VenueId">The venue's id.</param>
/// <param name="Tenant">The venue's tenant (health officers of this tenant may see the exposure).</param>
/// <param name="From">The start of the reported window.</param>
/// <param name="To">The end of the reported window.</param>
/// <param name="Status">Where the exposure stands.</param>
/// <param name="Recipients">The distinct visitors to warn.</param>
/// <param name="Sent">Warnings accepted by the SMTP server.</param>
/// <param name="Failed">Warnings given up after the last retry (or whose contact was already deleted).</param>
/// <param name="Pending">Warnings still to send, including those waiting for a retry.</param>
/// <param name="FailedAttempts">Send attempts that failed so far: refused by the SMTP server (retried with back-off, given
/// up after the last attempt) or finding it unavailable (retried after a short delay, never given up).</param>
[GenerateSerializer, Immutable, Alias("checkin.ExposureProgress")]
public sealed record ExposureProgress(
    string ExposureId,
    string VenueId,
    string Tenant,
    DateTimeOffset From,
    DateTimeOffset To,
    ExposureStatus Status,
    int Recipients,
    int Sent,
    int Failed,
    int Pending,
    int FailedAttempts);
