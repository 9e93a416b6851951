namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>A plain-text message to exactly one recipient.</summary>
/// <param name="To">The recipient's address (never more than one: warnings must not reveal who else was there).</param>
/// <param name="Subject">The subject line (no line breaks).</param>
/// <param name="Body">The text body.</param>
/// <param name="MessageId">The Message-ID header, stable per exposure and visitor, so a copy sent twice after a crash
/// can be recognised as the same message.</param>
/// <param name="Headers">Further headers.</param>
public sealed record OutboundMail(string To, string Subject, string Body, string MessageId, IReadOnlyDictionary<string, string> Headers);
