using System.Globalization;
using Npgsql;

namespace CheckIn.Tests.Cluster;

/// <summary>Reads the probe grains' activation lifetimes (table <c>probe_activations</c>, written by the silo
/// processes) and finds keys that had two activations alive at the same time.</summary>
internal static class ProbeActivations
{
    /// <summary>Keys with overlapping activations. An activation that never recorded its end is taken to have
    /// ended when its process went away (<paramref name="goneAt"/>, by process id), else to be still alive.</summary>
    public static async Task<IReadOnlyList<string>> OverlapsAsync(string connectionString, IReadOnlyCollection<string> keys, IReadOnlyDictionary<int, DateTime> goneAt)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT grain_key, process_id, started_at, ended_at FROM probe_activations WHERE grain_key = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys] });
        var rows = new List<(string Key, int ProcessId, DateTime Start, DateTime End, bool Recorded)>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                var processId = reader.GetInt32(1);
                var recorded = !reader.IsDBNull(3);
                var end = recorded
                    ? reader.GetFieldValue<DateTime>(3)
                    : goneAt.TryGetValue(processId, out var gone) ? gone : DateTime.MaxValue;
                rows.Add((reader.GetString(0), processId, reader.GetFieldValue<DateTime>(2), end, recorded));
            }
        }

        // Each overlapping key with its activations in order, so that a failure shows what happened when.
        return [.. rows.GroupBy(static r => r.Key)
            .Where(static g => g.Any(a => g.Any(b => a != b && a.Start < b.End && b.Start < a.End)))
            .Select(static g => g.Key + " [" + string.Join("; ", g.OrderBy(static r => r.Start).Select(static r =>
                "pid " + r.ProcessId.ToString(CultureInfo.InvariantCulture) + " " + r.Start.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + "-"
                + (r.End == DateTime.MaxValue ? "live" : r.End.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture))
                + (r.Recorded ? "" : " (end not recorded)"))) + "]")];
    }

    /// <summary>How many activations of <paramref name="keys"/> were recorded in all.</summary>
    public static async Task<long> CountAsync(string connectionString, IReadOnlyCollection<string> keys)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM probe_activations WHERE grain_key = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys] });
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
