using System.Text;
using CheckIn.WebFront.CheckIn;

namespace CheckIn.Tests.Infrastructure;

/// <summary>A message as aiosmtpd stored it in the Maildir: its headers (aiosmtpd adds <c>X-RcptTo</c> with the
/// envelope recipients) and its text body, decoded.</summary>
public sealed class MaildirMessage
{
    private MaildirMessage(string path, IReadOnlyList<KeyValuePair<string, string>> headers, string body)
    {
        Path = path;
        Headers = headers;
        Body = body;
    }

    public string Path { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The text body, decoded from its transfer encoding as UTF-8.</summary>
    public string Body { get; }

    /// <summary>The SMTP envelope recipients.</summary>
    public IReadOnlyList<string> EnvelopeRecipients
        => [.. (Header("X-RcptTo") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The addresses of every To and Cc header.</summary>
    public IReadOnlyList<string> HeaderRecipients
        => [.. HeaderValues("To").Concat(HeaderValues("Cc")).SelectMany(AddressListParser.Parse).Select(static m => m.Address)];

    public string? MessageId => Header("Message-ID");

    public string Subject => EncodedWords.Decode(Header("Subject") ?? string.Empty);

    public static MaildirMessage Load(string path)
    {
        var raw = File.ReadAllText(path, Encoding.UTF8);
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerSection = split >= 0 ? raw[..split] : raw;
        var bodyText = split >= 0 ? raw[(split + 2)..].TrimStart('\r', '\n') : string.Empty;
        var headers = InboundMailParser.ReadHeaders(headerSection);
        var encoding = headers.FirstOrDefault(h => h.Key.Equals("Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase)).Value;
        var body = string.Equals(encoding, "base64", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(bodyText.Where(static c => !char.IsWhiteSpace(c)))))
            : bodyText;
        return new MaildirMessage(path, headers, body);
    }

    public string? Header(string name) => HeaderValues(name).FirstOrDefault();

    public IEnumerable<string> HeaderValues(string name)
        => Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(static h => h.Value);
}
