namespace CheckIn.WebFront.CheckIn;

/// <summary>One mailbox of an address header.</summary>
/// <param name="DisplayName">The decoded display name, or null.</param>
/// <param name="Address">The address as written (addr-spec), without angle brackets.</param>
internal sealed record MailboxAddress(string? DisplayName, string Address)
{
    /// <summary>The local part (before the last '@').</summary>
    public string LocalPart => Address.LastIndexOf('@') is var at and > 0 ? Address[..at] : Address;
}
