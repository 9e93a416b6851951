using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Auth;

/// <summary>Issues and checks staff tokens: <c>v1.{payload}.{signature}</c>, base64url, where the signature
/// is HMAC-SHA256 over <c>v1.{payload}</c> with the signing key, compared in constant time.</summary>
internal sealed class StaffTokenService(SigningKeyProvider keys, TimeProvider time, IOptions<AuthOptions> options)
{
    private const string Version = "v1";
    private const int MaxTokenLength = 2048;

    public async Task<IssuedToken> IssueAsync(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = time.GetUtcNow();
        var expires = now + options.Value.TokenLifetime;
        var payload = new StaffTokenPayload(account.Username, account.Role, account.Tenant, now.ToUnixTimeSeconds(), expires.ToUnixTimeSeconds());
        var body = Version + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        var key = await keys.GetKeyAsync().ConfigureAwait(false);
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body));
        return new IssuedToken(body + "." + Base64Url.EncodeToString(signature), DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>The payload of a well-formed, correctly signed, unexpired token; otherwise null.</summary>
    public async Task<StaffTokenPayload?> ValidateAsync(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Version)
        {
            return null;
        }

        byte[] signature;
        byte[] json;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
            json = Base64Url.DecodeFromChars(parts[1]);
        }
        catch (FormatException)
        {
            return null;
        }

        var key = await keys.GetKeyAsync().ConfigureAwait(false);
        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return null;
        }

        StaffTokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<StaffTokenPayload>(json);
        }
        catch (JsonException)
        {
            return null;
        }

        var valid = payload is not null
            && payload.ExpiresAt > time.GetUtcNow().ToUnixTimeSeconds()
            && StaffRules.IsValidUsername(payload.Username)
            && (payload.Role == StaffRoles.Admin || StaffRoles.IsTenantRole(payload.Role));
        return valid ? payload : null;
    }
}
