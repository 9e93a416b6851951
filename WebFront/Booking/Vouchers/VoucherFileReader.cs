using System.Text;

namespace CheckIn.WebFront.Booking.Vouchers;

/// <summary>Turns an uploaded voucher file into text: UTF-8 (with or without BOM), or Shift_JIS, which
/// spreadsheets in Japan still write by default. Bytes that are neither are refused rather than guessed.</summary>
public static class VoucherFileReader
{
    private const int ShiftJisCodePage = 932;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a request body up to <paramref name="maxBytes"/>; null when it is longer.</summary>
    public static async Task<byte[]?> ReadBodyAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The text of the file, or null when it is neither UTF-8 nor Shift_JIS. A <paramref name="charset"/>
    /// from the Content-Type is followed when it names one of the two.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string? charset = null)
    {
        var named = charset?.Trim().Trim('"').ToLowerInvariant();
        if (named is "shift_jis" or "shift-jis" or "sjis" or "windows-31j" or "cp932")
        {
            return TryDecode(ShiftJis(), bytes);
        }

        return TryDecode(s_strictUtf8, bytes) ?? (named is null or "" ? TryDecode(ShiftJis(), bytes) : null);
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding ShiftJis()
        => CodePagesEncodingProvider.Instance.GetEncoding(ShiftJisCodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new InvalidOperationException("The Shift_JIS code page is not available.");
}
