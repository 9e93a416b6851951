using System.Text;

namespace CheckIn.WebFront.CheckIn;

/// <summary>Reads a raw RFC 5322 message (as the inbound-mail webhook receives it) far enough to check a visitor in:
/// the venue code from the recipient <c>c-{code}@...</c> and the sender's address. Only the header section is read;
/// headers are unfolded, their names compared without case, and UTF-8 header text (RFC 6532) is accepted. Pure and
/// exception-free for any input.</summary>
internal static class InboundMailParser
{
    /// <summary>Header bytes read at most; a header section longer than this is cut (a real one is a few KiB).</summary>
    public const int MaxHeaderBytes = 256 * 1024;

    /// <summary>The local-part prefix of check-in addresses.</summary>
    public const string LocalPartPrefix = "c-";

    // Where the check-in address may appear, in order of trust: the visible recipients first, then the envelope
    // recipient that relays record (a Bcc'd check-in address appears only there).
    private static readonly string[] s_recipientHeaders = ["To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"];
    private static readonly string[] s_senderHeaders = ["From", "Sender", "Return-Path"];

    /// <summary>Parses a message given as bytes.</summary>
    public static InboundMail Parse(ReadOnlySpan<byte> message)
    {
        var headerEnd = FindHeaderEnd(message[..Math.Min(message.Length, MaxHeaderBytes)]);
        return ParseHeaders(Encoding.UTF8.GetString(message[..headerEnd]));
    }

    /// <summary>Parses a message given as text.</summary>
    public static InboundMail Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Parse(Encoding.UTF8.GetBytes(message));
    }

    /// <summary>The unfolded headers of a header section, in order; a name may repeat.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ReadHeaders(string headerSection)
    {
        ArgumentNullException.ThrowIfNull(headerSection);
        var headers = new List<KeyValuePair<string, string>>();
        string? name = null;
        var value = new StringBuilder();
        foreach (var rawLine in headerSection.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                // A folded continuation: unfolding removes only the line break.
                if (name is not null)
                {
                    value.Append(line);
                }

                continue;
            }

            if (name is not null)
            {
                headers.Add(new(name, value.ToString().Trim()));
                name = null;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[..colon].Any(static c => c <= ' ' || c >= 127))
            {
                // Not a header (an mbox "From " line, say): skipped.
                continue;
            }

            name = line[..colon];
            value.Clear().Append(line, colon + 1, line.Length - colon - 1);
        }

        if (name is not null)
        {
            headers.Add(new(name, value.ToString().Trim()));
        }

        return headers;
    }

    /// <summary>The venue code of a check-in address's local part, or null when it is not one.</summary>
    public static string? VenueCodeOf(string localPart)
    {
        ArgumentNullException.ThrowIfNull(localPart);
        var local = localPart.Trim().Trim('"').ToLowerInvariant();
        if (!local.StartsWith(LocalPartPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var code = local[LocalPartPrefix.Length..];
        var plus = code.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            code = code[..plus];
        }

        return code.Length > 0 && code.All(static c => c is (>= 'a' and <= 'z') or (>= '2' and <= '7')) ? code : null;
    }

    private static InboundMail ParseHeaders(string headerSection)
    {
        var headers = ReadHeaders(headerSection);
        string? code = null;
        foreach (var headerName in s_recipientHeaders)
        {
            code = Values(headers, headerName)
                .SelectMany(AddressListParser.Parse)
                .Select(static m => VenueCodeOf(m.LocalPart))
                .FirstOrDefault(static c => c is not null);
            if (code is not null)
            {
                break;
            }
        }

        foreach (var headerName in s_senderHeaders)
        {
            var sender = Values(headers, headerName).SelectMany(AddressListParser.Parse).FirstOrDefault();
            if (sender is not null)
            {
                return new InboundMail(code, sender.Address, sender.DisplayName, headerName);
            }
        }

        return new InboundMail(code, null, null, null);
    }

    private static IEnumerable<string> Values(IReadOnlyList<KeyValuePair<string, string>> headers, string name)
        => headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(static h => h.Value);

    private static int FindHeaderEnd(ReadOnlySpan<byte> message)
    {
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] != '\n')
            {
                continue;
            }

            // The header section ends at the first empty line: "\n\n" or "\n\r\n".
            if (i + 1 < message.Length && message[i + 1] == '\n')
            {
                return i + 1;
            }

            if (i + 2 < message.Length && message[i + 1] == '\r' && message[i + 2] == '\n')
            {
                return i + 1;
            }
        }

        return message.Length;
    }
}
