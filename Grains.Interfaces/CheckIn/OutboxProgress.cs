namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>The state of one mail outbox.</summary>
/// <param name="Recipients">Mails queued (one per visitor).</param>
/// <param name="Sent">Mails accepted by the SMTP server.</param>
/// <param name="Failed">Mails given up.</param>
/// <param name="Pending">Mails still to send.</param>
/// <param name="FailedAttempts">Failed send attempts so far, refused or finding the server unavailable.</param>
[GenerateSerializer, Immutable, Alias("checkin.OutboxProgress")]
public sealed record OutboxProgress(int Recipients, int Sent, int Failed, int Pending, int FailedAttempts);
