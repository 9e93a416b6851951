using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;
using Npgsql;

namespace CheckIn.Tests.Booking;

/// <summary>5,000 simultaneous attempts on 100 seats, stored in PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStampedeTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Book_5000SimultaneousAttemptsOn100Seats_Exactly100ConfirmedAndStoredAfterRestart_Postgres()
    {
        await using var silo = await BookingSilos.StartAsync(Stampede.Silo(TestStorage.Postgres, postgres.ConnectionString));

        await Stampede.RunAsync(silo);
    }

    [Fact]
    public async Task Book_StampedeOnABudgetOfThreeConnections_WaitsForThemAndNeverOpensAFourth_Postgres()
    {
        // The silo's connections are told apart from everyone else's by their application name.
        var application = $"budget_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { ApplicationName = application }.ConnectionString;
        await using var silo = await BookingSilos.StartAsync(o =>
        {
            Stampede.Silo(TestStorage.Postgres, connectionString)(o);
            o.Settings["Postgres:MaxPoolSize"] = "3";
        });
        using var sampling = new CancellationTokenSource();
        var peak = PeakConnectionsAsync(application, sampling.Token);

        await Stampede.RunAsync(silo);

        await sampling.CancelAsync();
        Assert.InRange(await peak, 1, 3);
    }

    /// <summary>The most connections of <paramref name="application"/> the server lists at once, sampled until
    /// <paramref name="stop"/>.</summary>
    private async Task<long> PeakConnectionsAsync(string application, CancellationToken stop)
    {
        long peak = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await using var command = postgres.DataSource.CreateCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1");
                command.Parameters.AddWithValue(application);
                peak = Math.Max(peak, (long)(await command.ExecuteScalarAsync(stop))!);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Sampling ends with the stampede.
        }

        return peak;
    }
}
