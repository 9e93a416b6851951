namespace CheckIn.Grains.CheckIn.Security;

/// <summary>RFC 4648 base32 in lower case without padding: survives mail systems that change the case of local
/// parts, and needs no escaping in URLs or e-mail addresses.</summary>
internal static class Base32
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static int EncodedLength(int byteCount) => ((byteCount * 8) + 4) / 5;

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[EncodedLength(bytes.Length)];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var b in bytes)
        {
            buffer = ((buffer << 8) | b) & 0xFFFF;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                chars[index++] = Alphabet[(buffer >> bits) & 31];
            }
        }

        if (bits > 0)
        {
            chars[index++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars, 0, index);
    }

    /// <summary>Decodes exactly <paramref name="byteCount"/> bytes, in either case. Fails for any other length, a
    /// character outside the alphabet, or unused trailing bits that are not zero (so each value has one spelling).</summary>
    public static bool TryDecode(string text, int byteCount, out byte[] bytes)
    {
        bytes = [];
        if (text.Length != EncodedLength(byteCount))
        {
            return false;
        }

        var result = new byte[byteCount];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var c in text)
        {
            var value = ValueOf(c);
            if (value < 0)
            {
                return false;
            }

            buffer = ((buffer << 5) | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                result[index++] = (byte)(buffer >> bits);
            }
        }

        if ((buffer & ((1 << bits) - 1)) != 0)
        {
            return false;
        }

        bytes = result;
        return true;
    }

    private static int ValueOf(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '2' and <= '7' => c - '2' + 26,
        _ => -1,
    };
}
