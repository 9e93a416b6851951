namespace CheckIn.Grains.CheckIn;

/// <summary>The secret keys of the check-in domain, bound from <c>CheckIn:Keys</c> (environment:
/// <c>CheckIn__Keys__PseudonymKey</c>, ...), each base64. Validated at start; they must differ from each other.
/// Changing a key makes existing pseudonyms, codes or contact data unusable, so keep them with the database backups.</summary>
public sealed class CheckInKeyOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "CheckIn:Keys";

    /// <summary>HMAC-SHA256 key for visitor pseudonyms (at least 32 bytes).</summary>
    public string PseudonymKey { get; set; } = string.Empty;

    /// <summary>HMAC-SHA256 key that signs venue codes (at least 32 bytes).</summary>
    public string VenueCodeKey { get; set; } = string.Empty;

    /// <summary>AES-256-GCM key of the contact store (exactly 32 bytes).</summary>
    public string ContactKey { get; set; } = string.Empty;
}
