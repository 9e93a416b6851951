namespace CheckIn.Benchmarks.Faults;

/// <summary>The messages of a Maildir counted per envelope recipient (aiosmtpd's <c>X-RcptTo</c> header) against the
/// addresses that should each have exactly one, with each file's delivery time (its modification time).
/// <see cref="Duplicates"/> counts every message beyond the first to a recipient; <see cref="OtherMessages"/> those of
/// them whose Message-ID differs from the first one's (a second, different warning, not a resent copy);
/// <see cref="WithoutMessageId"/> the files that carry none (then copies cannot be told from other messages).</summary>
internal sealed record MaildirTally(int Delivered, int Duplicates, int OtherMessages, int WithoutMessageId, int Missing, int Unexpected, IReadOnlyList<DateTimeOffset> DeliveryTimes)
{
    public static MaildirTally Read(IEnumerable<string> files, IEnumerable<string> expected)
    {
        var counts = expected.ToDictionary(static e => e, static _ => 0, StringComparer.OrdinalIgnoreCase);
        var firstMessageIds = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var otherMessages = 0;
        var withoutMessageId = 0;
        var unexpected = 0;
        var times = new List<DateTimeOffset>();
        foreach (var file in files)
        {
            times.Add(new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero));
            var (recipients, messageId) = Headers(file);
            if (messageId is null)
            {
                withoutMessageId++;
            }

            foreach (var recipient in recipients)
            {
                if (counts.TryGetValue(recipient, out var count))
                {
                    counts[recipient] = count + 1;
                    if (!firstMessageIds.TryAdd(recipient, messageId) && firstMessageIds[recipient] != messageId)
                    {
                        otherMessages++;
                    }
                }
                else
                {
                    unexpected++;
                }
            }
        }

        return new MaildirTally(
            counts.Values.Count(static c => c > 0),
            counts.Values.Where(static c => c > 1).Sum(static c => c - 1),
            otherMessages,
            withoutMessageId,
            counts.Values.Count(static c => c == 0),
            unexpected,
            times);
    }

    /// <summary>The envelope recipients (<c>X-RcptTo</c>) and the Message-ID of a message file, from its header.</summary>
    private static (List<string> Recipients, string? MessageId) Headers(string file)
    {
        var recipients = new List<string>();
        string? messageId = null;
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("X-RcptTo:", StringComparison.OrdinalIgnoreCase))
            {
                recipients.AddRange(line["X-RcptTo:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else if (line.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase))
            {
                messageId = line["Message-ID:".Length..].Trim();
            }
        }

        return (recipients, messageId);
    }
}
