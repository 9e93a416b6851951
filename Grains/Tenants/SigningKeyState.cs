namespace CheckIn.Grains.Tenants;

/// <summary>The stored state of a signing key grain.</summary>
[GenerateSerializer, Alias("checkin.state.SigningKeyState")]
public sealed class SigningKeyState
{
    [Id(0)]
    public byte[]? Key { get; set; }

    [Id(1)]
    public DateTimeOffset CreatedAt { get; set; }
}
