using System.Globalization;

namespace CheckIn.Grains.CheckIn.Security;

/// <summary>Validates and normalises visitors' e-mail addresses. Deliberately stricter than RFC 5322: a plain
/// dot-atom local part in ASCII and a DNS domain with at least two labels; no quoted local parts, comments, display
/// names, IP literals, whitespace or control characters (which could smuggle headers into a mail).</summary>
public static class EmailAddresses
{
    /// <summary>The longest address accepted (RFC 5321 path limit less the angle brackets).</summary>
    public const int MaxLength = 254;

    private const string AtextSymbols = "!#$%&'*+-/=?^_`{|}~";
    private static readonly IdnMapping s_idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>Validates <paramref name="input"/> (surrounding whitespace is ignored) and returns its normalised forms.</summary>
    public static bool TryNormalize(string? input, out NormalizedEmail email)
    {
        email = new NormalizedEmail(string.Empty, string.Empty);
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }

        var local = text[..at];
        if (!IsDotAtom(local))
        {
            return false;
        }

        if (!TryNormalizeDomain(text[(at + 1)..], out var domain))
        {
            return false;
        }

        var address = local + "@" + domain;
        if (address.Length > MaxLength)
        {
            return false;
        }

        email = new NormalizedEmail(address, address.ToLowerInvariant());
        return true;
    }

    private static bool IsDotAtom(string local)
    {
        if (local.Length > 64 || local[0] == '.' || local[^1] == '.')
        {
            return false;
        }

        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (c == '.')
            {
                if (local[i - 1] == '.')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterOrDigit(c) && !AtextSymbols.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryNormalizeDomain(string domain, out string ascii)
    {
        ascii = string.Empty;
        foreach (var c in domain)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '[' or ']' or '(' or ')' or '<' or '>' or ',' or ';' or ':' or '"' or '\\')
            {
                return false;
            }
        }

        try
        {
            ascii = s_idn.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (ascii.Length > 253)
        {
            return false;
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }

        // A top-level domain is never all digits: that would be an IP address written without brackets.
        return !labels[^1].All(char.IsAsciiDigit);
    }
}
