using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Auth;

/// <summary>The token signing key: from <see cref="AuthOptions.SigningKey"/>, or else the random key kept
/// by the <see cref="ISigningKeyGrain"/> "staff-tokens". Fetched once; a failed fetch is retried.</summary>
internal sealed class SigningKeyProvider(IOptions<AuthOptions> options, IGrainFactory grains)
{
    public const string GrainKey = "staff-tokens";
    private const int MinimumKeyBytes = 32;

    private readonly Lock _gate = new();
    private Task<byte[]>? _key;

    public Task<byte[]> GetKeyAsync()
    {
        lock (_gate)
        {
            if (_key is null || _key.IsFaulted || _key.IsCanceled)
            {
                _key = Load();
            }

            return _key;
        }
    }

    public static byte[]? Decode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written >= MinimumKeyBytes
            ? buffer[..written]
            : null;
    }

    private Task<byte[]> Load()
        => options.Value.SigningKey is { } configured
            ? Task.FromResult(Decode(configured) ?? throw new InvalidOperationException("Auth:SigningKey is not a valid key."))
            : grains.GetGrain<ISigningKeyGrain>(GrainKey).GetOrCreateAsync();
}
