using System.Buffers;
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
    /// expired; otherwise default. Comparison of signatures takes constant time. Every request with a bearer token
    /// comes through here (twice for a resident: the staff handler tries it first), so the token is read in place,
    /// without splitting it into strings.</summary>
    public async Task<T?> ReadAsync<T>(string purpose, string? token)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return default;
        }

        var key = await KeyForAsync(purpose).ConfigureAwait(false);
        return Read<T>(key, token);
    }

    private T? Read<T>(byte[] key, ReadOnlySpan<char> token)
    {
        // v1.{payload}.{signature}: exactly three parts.
        var firstDot = token.IndexOf('.');
        var lastDot = token.LastIndexOf('.');
        if (firstDot < 0 || lastDot == firstDot || !token[..firstDot].SequenceEqual(Version)
            || token[(firstDot + 1)..lastDot].Contains('.'))
        {
            return default;
        }

        Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!TryDecodeSignature(token[(lastDot + 1)..], signature))
        {
            return default;
        }

        // The signed part as the ASCII bytes it was signed as (MaxTokenLength bounds it).
        var signed = token[..lastDot];
        var buffer = ArrayPool<byte>.Shared.Rent(signed.Length);
        try
        {
            var signedBytes = buffer.AsSpan(0, Encoding.ASCII.GetBytes(signed, buffer));
            Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, signedBytes, expected);
            if (!CryptographicOperations.FixedTimeEquals(expected, signature))
            {
                return default;
            }

            // The payload's JSON is decoded over the signed bytes it came from: base64 never grows when decoded.
            var payload = signedBytes[(firstDot + 1)..];
            var length = Base64Url.DecodeFromUtf8InPlace(payload);
            var envelope = JsonSerializer.Deserialize<SignedEnvelope<T>>(payload[..length], s_json);
            return envelope is not null && envelope.Exp > _time.GetUtcNow().ToUnixTimeSeconds() ? envelope.Data : default;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return default;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>False unless <paramref name="text"/> is base64url of exactly a signature's length.</summary>
    private static bool TryDecodeSignature(ReadOnlySpan<char> text, Span<byte> signature)
    {
        try
        {
            // Too long a text fails for want of room; a malformed one throws.
            return Base64Url.TryDecodeFromChars(text, signature, out var written) && written == signature.Length;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private ValueTask<byte[]> KeyForAsync(string purpose)
        => _purposeKeys.TryGetValue(purpose, out var key) ? ValueTask.FromResult(key) : new ValueTask<byte[]>(DeriveKeyAsync(purpose));

    private async Task<byte[]> DeriveKeyAsync(string purpose)
    {
        var master = await _keys.GetKeyAsync().ConfigureAwait(false);
        return _purposeKeys.GetOrAdd(purpose, HMACSHA256.HashData(master, Encoding.UTF8.GetBytes("checkin-token-purpose:" + purpose)));
    }

    private sealed record SignedEnvelope<T>(long Exp, T Data);
}
