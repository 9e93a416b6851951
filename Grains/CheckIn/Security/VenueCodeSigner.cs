using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn.Security;

/// <summary>Issues and verifies venue check-in codes. A code is base32 of the venue id (10 random bytes), the
/// code version (2 bytes) and an HMAC-SHA256 tag over both (truncated to 10 bytes), under the configured venue
/// code key. Nobody without the key can make a valid code for any venue or version, a code names only its own
/// venue, and rotating a venue's code (a new version) invalidates every older one.</summary>
public sealed class VenueCodeSigner
{
    /// <summary>Length of a venue id in characters.</summary>
    public static readonly int VenueIdLength = Base32.EncodedLength(IdBytes);

    /// <summary>Length of a code in characters.</summary>
    public static readonly int CodeLength = Base32.EncodedLength(IdBytes + VersionBytes + TagBytes);

    private const int IdBytes = 10;
    private const int VersionBytes = 2;
    private const int TagBytes = 10;
    private static readonly byte[] s_context = Encoding.ASCII.GetBytes("checkin/venue-code/v1");

    private readonly byte[] _key;

    /// <summary>Uses the venue code key of the options.</summary>
    public VenueCodeSigner(IOptions<CheckInKeyOptions> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _key = KeyMaterial.Decode(keys.Value.VenueCodeKey, nameof(CheckInKeyOptions.VenueCodeKey));
    }

    /// <summary>A new random venue id.</summary>
    public static string NewVenueId() => Base32.Encode(RandomNumberGenerator.GetBytes(IdBytes));

    /// <summary>True for a string shaped like a venue id.</summary>
    public static bool IsVenueId(string? venueId)
        => venueId is not null && Base32.TryDecode(venueId, IdBytes, out _) && venueId.All(static c => !char.IsAsciiLetterUpper(c));

    /// <summary>The code of version <paramref name="version"/> (1 to 65535) of the venue.</summary>
    public string CreateCode(string venueId, int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, ushort.MaxValue);
        if (!Base32.TryDecode(venueId, IdBytes, out var id))
        {
            throw new ArgumentException("Not a venue id.", nameof(venueId));
        }

        Span<byte> code = stackalloc byte[IdBytes + VersionBytes + TagBytes];
        id.CopyTo(code);
        BinaryPrimitives.WriteUInt16BigEndian(code[IdBytes..], (ushort)version);
        Tag(code[..(IdBytes + VersionBytes)], code[(IdBytes + VersionBytes)..]);
        return Base32.Encode(code);
    }

    /// <summary>Verifies a code (in either case) and returns the venue id and code version it was issued for. Whether
    /// that version is still the venue's current one is for the venue to say.</summary>
    public bool TryVerify(string? code, out string venueId, out int version)
    {
        venueId = string.Empty;
        version = 0;
        if (code is null || !Base32.TryDecode(code.Trim(), IdBytes + VersionBytes + TagBytes, out var bytes))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[TagBytes];
        Tag(bytes.AsSpan(0, IdBytes + VersionBytes), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(IdBytes + VersionBytes)))
        {
            return false;
        }

        version = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(IdBytes));
        if (version == 0)
        {
            return false;
        }

        venueId = Base32.Encode(bytes.AsSpan(0, IdBytes));
        return true;
    }

    private void Tag(ReadOnlySpan<byte> payload, Span<byte> tag)
    {
        Span<byte> input = stackalloc byte[s_context.Length + payload.Length];
        s_context.CopyTo(input);
        payload.CopyTo(input[s_context.Length..]);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, input, mac);
        mac[..tag.Length].CopyTo(tag);
    }
}
