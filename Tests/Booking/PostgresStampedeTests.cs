using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;

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
}
