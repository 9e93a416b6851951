using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn.Security;

/// <summary>Turns a normalised e-mail address into the visitor's pseudonym: HMAC-SHA256 under the configured
/// pseudonym key, as 64 lower-case hex characters. Without the key a pseudonym cannot be linked back to an
/// address, not even by trying a list of candidate addresses.</summary>
public sealed class VisitorPseudonymizer
{
    private static readonly byte[] s_context = Encoding.ASCII.GetBytes("checkin/visitor/v1\n");
    private readonly byte[] _key;

    /// <summary>Uses the pseudonym key of the options.</summary>
    public VisitorPseudonymizer(IOptions<CheckInKeyOptions> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _key = KeyMaterial.Decode(keys.Value.PseudonymKey, nameof(CheckInKeyOptions.PseudonymKey));
    }

    /// <summary>True for a string shaped like a pseudonym.</summary>
    public static bool IsPseudonym(string? value)
        => value is { Length: 64 } && value.All(static c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>The pseudonym of <paramref name="email"/>.</summary>
    public string Pseudonymize(NormalizedEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var address = Encoding.UTF8.GetBytes(email.Key);
        var input = new byte[s_context.Length + address.Length];
        s_context.CopyTo(input, 0);
        address.CopyTo(input, s_context.Length);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, input));
    }
}
