namespace CheckIn.Grains.CheckIn.Security;

/// <summary>A validated e-mail address.</summary>
/// <param name="Address">The address to send to: the local part as given, the domain in lower-case ASCII (IDNA).</param>
/// <param name="Key">The form the pseudonym is derived from: the whole address in lower case, so the same person
/// typing upper or lower case is one visitor.</param>
public sealed record NormalizedEmail(string Address, string Key);
