namespace CheckIn.Grains.Tenants;

/// <summary>The stored state of a signing key grain.</summary>
public sealed class SigningKeyState
{
    public byte[]? Key { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
