using CheckIn.Testing;

namespace CheckIn.Tests.Booking;

/// <summary>5,000 simultaneous attempts on 100 seats, stored in SQLite.</summary>
public sealed class StampedeTests
{
    [Fact]
    public async Task Book_5000SimultaneousAttemptsOn100Seats_Exactly100ConfirmedAndStoredAfterRestart_Sqlite()
    {
        await using var silo = await BookingSilos.StartAsync(Stampede.Silo(TestStorage.Sqlite));

        await Stampede.RunAsync(silo);
    }
}
