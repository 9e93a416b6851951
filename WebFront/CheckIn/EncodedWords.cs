using System.Text;

namespace CheckIn.WebFront.CheckIn;

/// <summary>Decodes RFC 2047 encoded words (<c>=?charset?B|Q?text?=</c>) in header text, as Japanese mailers write
/// display names (UTF-8, ISO-2022-JP, Shift_JIS). Adjacent encoded words are joined before decoding, so a
/// character split across two words survives; the whitespace between them is dropped, as the RFC says. Anything
/// that does not decode is left as it was.</summary>
internal static class EncodedWords
{
    public static string Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("=?", StringComparison.Ordinal))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var pendingBytes = new List<byte>();
        string? pendingCharset = null;
        var gap = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (TryReadWord(text, i, out var end, out var charset, out var bytes))
            {
                if (pendingCharset is not null && !string.Equals(pendingCharset, charset, StringComparison.OrdinalIgnoreCase))
                {
                    Flush(output, pendingBytes, ref pendingCharset);
                }

                // Whitespace between two encoded words is not part of the text.
                gap.Clear();
                pendingCharset = charset;
                pendingBytes.AddRange(bytes);
                i = end;
                continue;
            }

            if (pendingCharset is not null && char.IsWhiteSpace(text[i]))
            {
                gap.Append(text[i]);
                i++;
                continue;
            }

            Flush(output, pendingBytes, ref pendingCharset);
            output.Append(gap);
            gap.Clear();
            output.Append(text[i]);
            i++;
        }

        Flush(output, pendingBytes, ref pendingCharset);
        output.Append(gap);
        return output.ToString();
    }

    private static void Flush(StringBuilder output, List<byte> bytes, ref string? charset)
    {
        if (charset is null)
        {
            return;
        }

        output.Append(EncodingOf(charset).GetString([.. bytes]));
        bytes.Clear();
        charset = null;
    }

    private static bool TryReadWord(string text, int start, out int end, out string charset, out byte[] bytes)
    {
        end = start;
        charset = string.Empty;
        bytes = [];
        if (start + 1 >= text.Length || text[start] != '=' || text[start + 1] != '?')
        {
            return false;
        }

        var charsetEnd = text.IndexOf('?', start + 2);
        if (charsetEnd < 0 || charsetEnd + 2 >= text.Length || text[charsetEnd + 2] != '?')
        {
            return false;
        }

        var encoding = char.ToUpperInvariant(text[charsetEnd + 1]);
        var payloadStart = charsetEnd + 3;
        var payloadEnd = text.IndexOf("?=", payloadStart, StringComparison.Ordinal);
        if (payloadEnd < 0 || (encoding != 'B' && encoding != 'Q'))
        {
            return false;
        }

        // RFC 2231 allows a language after the charset: "UTF-8*ja".
        var name = text[(start + 2)..charsetEnd];
        var star = name.IndexOf('*', StringComparison.Ordinal);
        charset = star >= 0 ? name[..star] : name;
        var payload = text[payloadStart..payloadEnd];
        if (payload.Any(char.IsWhiteSpace) || !IsKnownCharset(charset))
        {
            return false;
        }

        if (encoding == 'B')
        {
            var padded = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            var buffer = new byte[padded.Length];
            if (!Convert.TryFromBase64String(padded, buffer, out var written))
            {
                return false;
            }

            bytes = buffer[..written];
        }
        else if (!TryDecodeQ(payload, out bytes))
        {
            return false;
        }

        end = payloadEnd + 2;
        return true;
    }

    private static bool TryDecodeQ(string payload, out byte[] bytes)
    {
        var result = new List<byte>(payload.Length);
        for (var i = 0; i < payload.Length; i++)
        {
            var c = payload[i];
            if (c == '_')
            {
                result.Add((byte)' ');
            }
            else if (c == '=')
            {
                if (i + 2 >= payload.Length || !Uri.IsHexDigit(payload[i + 1]) || !Uri.IsHexDigit(payload[i + 2]))
                {
                    bytes = [];
                    return false;
                }

                result.Add(Convert.ToByte(payload.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                result.Add((byte)c);
            }
        }

        bytes = [.. result];
        return true;
    }

    private static bool IsKnownCharset(string charset)
    {
        try
        {
            _ = EncodingOf(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static Encoding EncodingOf(string charset)
        => CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? Encoding.GetEncoding(charset);
}
