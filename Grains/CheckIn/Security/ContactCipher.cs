using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn.Security;

/// <summary>Seals visitors' e-mail addresses for the contact store with AES-256-GCM under the configured contact
/// key. Layout: key version (1 byte), nonce (12), ciphertext, tag (16). The tenant and pseudonym are authenticated
/// data, so a sealed address copied to another visitor's record does not open. Sealing happens at check-in;
/// opening only in the mail sender.</summary>
public sealed class ContactCipher
{
    private const byte KeyVersion = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _key;

    /// <summary>Uses the contact key of the options.</summary>
    public ContactCipher(IOptions<CheckInKeyOptions> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _key = KeyMaterial.Decode(keys.Value.ContactKey, nameof(CheckInKeyOptions.ContactKey));
    }

    /// <summary>Encrypts <paramref name="address"/> for the visitor <paramref name="pseudonym"/> of <paramref name="tenant"/>.</summary>
    public byte[] Seal(string address, string tenant, string pseudonym)
    {
        ArgumentNullException.ThrowIfNull(address);
        var plaintext = Encoding.UTF8.GetBytes(address);
        var sealedAddress = new byte[1 + NonceBytes + plaintext.Length + TagBytes];
        sealedAddress[0] = KeyVersion;
        var nonce = sealedAddress.AsSpan(1, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedAddress.AsSpan(1 + NonceBytes, plaintext.Length), sealedAddress.AsSpan(1 + NonceBytes + plaintext.Length), AssociatedData(tenant, pseudonym));
        return sealedAddress;
    }

    /// <summary>Decrypts a sealed address; false when it was not sealed for this visitor under this key, or was altered.</summary>
    public bool TryOpen(byte[]? sealedAddress, string tenant, string pseudonym, out string address)
    {
        address = string.Empty;
        if (sealedAddress is null || sealedAddress.Length < 1 + NonceBytes + TagBytes || sealedAddress[0] != KeyVersion)
        {
            return false;
        }

        var length = sealedAddress.Length - 1 - NonceBytes - TagBytes;
        var plaintext = new byte[length];
        try
        {
            using var aes = new AesGcm(_key, TagBytes);
            aes.Decrypt(
                sealedAddress.AsSpan(1, NonceBytes),
                sealedAddress.AsSpan(1 + NonceBytes, length),
                sealedAddress.AsSpan(1 + NonceBytes + length),
                plaintext,
                AssociatedData(tenant, pseudonym));
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }

        address = Encoding.UTF8.GetString(plaintext);
        return true;
    }

    private static byte[] AssociatedData(string tenant, string pseudonym)
        => Encoding.UTF8.GetBytes($"checkin/contact/v1|{tenant}|{pseudonym}");
}
