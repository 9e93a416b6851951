using CheckIn.Runtime.Membership;
using Npgsql;

namespace CheckIn.Tests.Cluster;

/// <summary>Reads the probe grains' activation lifetimes (table <c>probe_activations</c>, written by the silo
/// processes) and finds keys with two activations alive at the same time.</summary>
internal static class ActivationIntervals
{
    /// <summary>Keys with overlapping activations; an activation of a killed silo that never ended is taken to
    /// have ended when the silo was killed.</summary>
    public static async Task<IReadOnlyList<string>> OverlapsAsync(string connectionString, IReadOnlyCollection<string> keys, IReadOnlyDictionary<int, DateTime> killedPorts)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT grain_key, silo, started_at, ended_at FROM probe_activations WHERE grain_key = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys] });
        var rows = new List<(string Key, DateTime Start, DateTime End)>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                var silo = SiloAddress.Parse(reader.GetString(1));
                var end = reader.IsDBNull(3)
                    ? killedPorts.TryGetValue(silo.Port, out var killedAt) ? killedAt : DateTime.MaxValue
                    : reader.GetFieldValue<DateTime>(3);
                rows.Add((reader.GetString(0), reader.GetFieldValue<DateTime>(2), end));
            }
        }

        return [.. rows.GroupBy(static r => r.Key)
            .Where(static g => g.Any(a => g.Any(b => a != b && a.Start < b.End && b.Start < a.End)))
            .Select(static g => g.Key)];
    }
}
