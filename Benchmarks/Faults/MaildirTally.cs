namespace CheckIn.Benchmarks.Faults;

/// <summary>The messages of a Maildir counted per envelope recipient (aiosmtpd's <c>X-RcptTo</c> header) against the
/// addresses that should each have exactly one, with each file's delivery time (its modification time).</summary>
internal sealed record MaildirTally(int Delivered, int Duplicates, int Missing, int Unexpected, IReadOnlyList<DateTimeOffset> DeliveryTimes)
{
    public static MaildirTally Read(IEnumerable<string> files, IEnumerable<string> expected)
    {
        var counts = expected.ToDictionary(static e => e, static _ => 0, StringComparer.OrdinalIgnoreCase);
        var unexpected = 0;
        var times = new List<DateTimeOffset>();
        foreach (var file in files)
        {
            times.Add(new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero));
            foreach (var recipient in Recipients(file))
            {
                if (counts.TryGetValue(recipient, out var count))
                {
                    counts[recipient] = count + 1;
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
            counts.Values.Count(static c => c == 0),
            unexpected,
            times);
    }

    private static IEnumerable<string> Recipients(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                yield break;
            }

            if (line.StartsWith("X-RcptTo:", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var recipient in line["X-RcptTo:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return recipient;
                }
            }
        }
    }
}
