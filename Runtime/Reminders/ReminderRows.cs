using System.Data.Common;

namespace CheckIn.Runtime.Reminders;

/// <summary>The row shape both SQL reminder tables share: (grain_type, grain_key, name, first tick in UTC
/// ticks, period in ticks), read the same way from either provider's reader.</summary>
internal static class ReminderRows
{
    public static async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                TimeSpan.FromTicks(reader.GetInt64(4))));
        }

        return entries;
    }
}
