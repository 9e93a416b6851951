using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>Writes the warning mail, Japanese first, then English. The only personal detail in it is the
/// recipient's own address in To; the venue name is stripped of control characters so it cannot break the text.</summary>
public sealed class WarningMailComposer
{
    private readonly LocalCalendar _calendar;
    private readonly string _messageIdDomain;

    /// <summary>Uses the calendar for local times and the sender's domain for Message-IDs.</summary>
    public WarningMailComposer(LocalCalendar calendar, IOptions<SmtpOptions> options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        _calendar = calendar;
        _messageIdDomain = MailAddress.TryCreate(options.Value.FromAddress, out var from) ? from.Host : "checkin.localhost";
    }

    /// <summary>The Message-ID of the warning of <paramref name="exposureId"/> to <paramref name="visitor"/>: the same
    /// for every attempt, so a copy sent twice (a crash between sending and recording) is recognisably one message.
    /// A hash, not the pseudonym itself, which stays inside the service.</summary>
    public string MessageIdOf(string exposureId, string visitor)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{exposureId}|{visitor}"));
        return $"<warning.{exposureId}.{Convert.ToHexStringLower(hash.AsSpan(0, 12))}@{_messageIdDomain}>";
    }

    /// <summary>The warning for <paramref name="mail"/>, addressed to <paramref name="to"/>.</summary>
    public OutboundMail Compose(WarningMail mail, string to)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var venue = Clean(mail.VenueName);
        var from = _calendar.ToLocal(mail.From);
        var until = _calendar.ToLocal(mail.To);
        var offset = from.Offset;
        var zone = string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}");
        var ja = CultureInfo.InvariantCulture;
        var window = from.Date == until.Date
            ? $"{from.ToString("yyyy/MM/dd HH:mm", ja)}〜{until.ToString("HH:mm", ja)}"
            : $"{from.ToString("yyyy/MM/dd HH:mm", ja)}〜{until.ToString("yyyy/MM/dd HH:mm", ja)}";
        var windowEn = from.Date == until.Date
            ? $"{from.ToString("yyyy-MM-dd", ja)} from {from.ToString("HH:mm", ja)} to {until.ToString("HH:mm", ja)}"
            : $"from {from.ToString("yyyy-MM-dd HH:mm", ja)} to {until.ToString("yyyy-MM-dd HH:mm", ja)}";

        var body = new StringBuilder()
            .AppendLine("【重要】感染者との接触の可能性についてのお知らせ")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{window}（{zone}）に「{venue}」を利用された方の中に、感染症の陽性者がいたことが分かりました。")
            .AppendLine("あなたはこの時間帯に、この施設で来訪者登録をされています。")
            .AppendLine()
            .AppendLine("・当面の間、健康状態に注意してください。")
            .AppendLine("・発熱や咳などの症状がある場合は、最寄りの保健所または受診・相談センターにご相談ください。")
            .AppendLine("・このメールは送信専用です。返信はできません。")
            .AppendLine()
            .AppendLine("----------------------------------------")
            .AppendLine("Important: you may have been exposed to an infectious disease")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"A person who has tested positive was at \"{venue}\" on {windowEn} ({zone}).")
            .AppendLine("You registered a visit to this venue during that time.")
            .AppendLine()
            .AppendLine("- Please watch your health for the coming days.")
            .AppendLine("- If you have a fever, a cough or other symptoms, contact your local public health center.")
            .AppendLine("- This message was sent automatically; replies are not read.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Ref: {mail.ExposureId}")
            .ToString();

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-CheckIn-Exposure"] = mail.ExposureId,
            ["Auto-Submitted"] = "auto-generated",
        };
        return new OutboundMail(
            to,
            "【重要】接触の可能性のお知らせ / Important: possible exposure at a venue you visited",
            body,
            MessageIdOf(mail.ExposureId, mail.Visitor),
            headers);
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        var cleaned = builder.ToString().Trim();
        return cleaned.Length > 200 ? cleaned[..200] : cleaned;
    }
}
