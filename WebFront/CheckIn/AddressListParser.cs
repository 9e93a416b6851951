using System.Text;

namespace CheckIn.WebFront.CheckIn;

/// <summary>Reads the mailboxes of an RFC 5322 address header (<c>To</c>, <c>From</c>, ...): display names, quoted
/// strings with escapes, nested comments, angle addresses with obsolete routes, groups, and encoded-word names.
/// It is lenient where real mailers are sloppy and never throws: what it cannot read it skips.</summary>
internal static class AddressListParser
{
    public static IReadOnlyList<MailboxAddress> Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var result = new List<MailboxAddress>();
        var phrase = new StringBuilder();
        var bare = new StringBuilder();
        string? angle = null;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    var quoted = ReadQuoted(value, ref i);
                    phrase.Append(quoted);
                    bare.Append('"').Append(quoted).Append('"');
                    continue;
                case '(':
                    SkipComment(value, ref i);
                    phrase.Append(' ');
                    continue;
                case '<':
                    angle = ReadAngle(value, ref i);
                    continue;
                case ',':
                case ';':
                    Emit(result, phrase, bare, ref angle);
                    break;
                case ':':
                    // "group name:" — the name is not an address.
                    if (angle is null)
                    {
                        phrase.Clear();
                        bare.Clear();
                    }

                    break;
                default:
                    phrase.Append(c);
                    if (!char.IsWhiteSpace(c))
                    {
                        bare.Append(c);
                    }

                    break;
            }

            i++;
        }

        Emit(result, phrase, bare, ref angle);
        return result;
    }

    private static void Emit(List<MailboxAddress> result, StringBuilder phrase, StringBuilder bare, ref string? angle)
    {
        string? address;
        string? name = null;
        if (angle is not null)
        {
            address = angle;
            var text = EncodedWords.Decode(phrase.ToString()).Trim();
            name = text.Length > 0 ? CollapseWhitespace(text) : null;
        }
        else
        {
            address = bare.ToString();
        }

        address = address.Trim();
        if (address.Length > 0 && address.Contains('@', StringComparison.Ordinal))
        {
            result.Add(new MailboxAddress(name, address));
        }

        phrase.Clear();
        bare.Clear();
        angle = null;
    }

    private static string ReadQuoted(string value, ref int i)
    {
        var text = new StringBuilder();
        i++;
        while (i < value.Length && value[i] != '"')
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
            }

            text.Append(value[i]);
            i++;
        }

        i++;
        return text.ToString();
    }

    private static void SkipComment(string value, ref int i)
    {
        var depth = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                i++;
                return;
            }

            i++;
        }
    }

    private static string ReadAngle(string value, ref int i)
    {
        var text = new StringBuilder();
        i++;
        while (i < value.Length && value[i] != '>')
        {
            var c = value[i];
            if (c == '"')
            {
                text.Append('"').Append(ReadQuoted(value, ref i)).Append('"');
                continue;
            }

            if (c == '(')
            {
                SkipComment(value, ref i);
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }

            i++;
        }

        i++;
        var address = text.ToString();

        // Obsolete source route: <@relay1,@relay2:user@example.jp>.
        var colon = address.IndexOf(':', StringComparison.Ordinal);
        return address.StartsWith('@') && colon > 0 ? address[(colon + 1)..] : address;
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
