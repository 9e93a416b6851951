using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CheckIn.WebFront.Auth;

/// <summary>Signed, expiring tokens for any purpose (staff tokens, resident sessions, waiting-room
/// admissions): <c>v1.{payload}.{signature}</c> in base64url, where the payload is JSON
/// <c>{"exp":unix-seconds,"data":...}</c> and the signature is HMAC-SHA256 with a key derived from the
/// signing key and the purpose, so a token made for one purpose never passes for another. The signing key
/// is <c>Auth:SigningKey</c> or the random key kept in grain storage. Tokens are signed, not encrypted:
/// put no secret in the payload.</summary>
public sealed class SignedTokens
{
    private const string Version = "v1";
    private const int MaxTokenLength = 4096;
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly SigningKeyProvider _keys;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, byte[]> _purposeKeys = new(StringComparer.Ordinal);

    internal SignedTokens(SigningKeyProvider keys, TimeProvider time)
    {
        _keys = keys;
        _time = time;
    }

    /// <summary>A token carrying <paramref name="data"/> for <paramref name="purpose"/> until <paramref name="expiresAt"/>.</summary>
    public async Task<string> CreateAsync<T>(string purpose, T data, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var envelope = new SignedEnvelope<T>(expiresAt.ToUnixTimeSeconds(), data);
        var body = Version + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(envelope, s_json));
        var signature = HMACSHA256.HashData(await KeyForAsync(purpose).ConfigureAwait(false), Encoding.ASCII.GetBytes(body));
        return body + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The data of a well-formed token for <paramref name="purpose"/> with a valid signature that has not
    /// expired; otherwise default. Comparison of signatures takes constant time.</summary>
    public async Task<T?> ReadAsync<T>(string purpose, string? token)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return default;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Version)
        {
            return default;
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
            return default;
        }

        var expected = HMACSHA256.HashData(await KeyForAsync(purpose).ConfigureAwait(false), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return default;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize<SignedEnvelope<T>>(json, s_json);
            return envelope is not null && envelope.Exp > _time.GetUtcNow().ToUnixTimeSeconds() ? envelope.Data : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private async Task<byte[]> KeyForAsync(string purpose)
    {
        if (_purposeKeys.TryGetValue(purpose, out var key))
        {
            return key;
        }

        var master = await _keys.GetKeyAsync().ConfigureAwait(false);
        return _purposeKeys.GetOrAdd(purpose, HMACSHA256.HashData(master, Encoding.UTF8.GetBytes("checkin-token-purpose:" + purpose)));
    }

    private sealed record SignedEnvelope<T>(long Exp, T Data);
}
