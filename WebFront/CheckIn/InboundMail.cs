namespace CheckIn.WebFront.CheckIn;

/// <summary>What an inbound empty mail says: which venue it was sent to and who sent it.</summary>
/// <param name="VenueCode">The code from the first recipient whose local part is <c>c-{code}</c> (any domain, any
/// case, a <c>+tag</c> ignored), in lower case; null when no recipient is a check-in address. The code is not
/// verified here: the check-in refuses a forged one.</param>
/// <param name="From">The sender's address as written, or null when the message names none.</param>
/// <param name="FromDisplayName">The sender's decoded display name, or null.</param>
/// <param name="SenderHeader">The header the sender came from: <c>From</c>, else <c>Sender</c>, else <c>Return-Path</c>.</param>
internal sealed record InboundMail(string? VenueCode, string? From, string? FromDisplayName, string? SenderHeader);
