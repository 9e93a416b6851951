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
        var rows = new List<(string Key, DateTime Start, DateTime End)>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                var end = reader.IsDBNull(3)
                    ? goneAt.TryGetValue(reader.GetInt32(1), out var gone) ? gone : DateTime.MaxValue
                    : reader.GetFieldValue<DateTime>(3);
                rows.Add((reader.GetString(0), reader.GetFieldValue<DateTime>(2), end));
            }
        }

        return [.. rows.GroupBy(static r => r.Key)
            .Where(static g => g.Any(a => g.Any(b => a != b && a.Start < b.End && b.Start < a.End)))
            .Select(static g => g.Key)];
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
