using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.CheckIn;

/// <summary>The exposure fan-out and mail on PostgreSQL storage, against the real SMTP server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ExposurePostgresTests(PostgresDatabaseFixture postgres, SmtpFixture smtp) : IClassFixture<PostgresDatabaseFixture>, IClassFixture<SmtpFixture>
{
    [Fact]
    public async Task Exposure_Postgres_RestartMidwayAndRepeatedReport_EveryVisitorWarnedOnce()
    {
        var settings = CheckInSilos.Settings(smtp.Server.Port);
        settings["Smtp:MaxSendsPerSecond"] = "5";
        settings["Smtp:SendBatchSize"] = "3";
        settings["CheckIn:OutboxChunkSize"] = "8";
        await using var silo = await CheckInSilos.StartAsync(settings, o =>
        {
            o.Storage = TestStorage.Postgres;
            o.ConnectionString = postgres.ConnectionString;
        });
        var t0 = silo.Time.GetUtcNow();
        var venue = await silo.RegisterVenueAsync();
        var exposed = await silo.CheckInVisitorsAsync(venue, 30, "pg");
        silo.Time.Advance(TimeSpan.FromHours(2));
        var after = await silo.CheckInVisitorsAsync(venue, 2, "pg-after");

        var receipt = await silo.GrainFactory.GetGrain<IVenueGrain>(venue.VenueId).ReportExposure(t0, t0.AddMinutes(1), "officer");
        Assert.Equal(30, receipt.Recipients);
        await silo.SendsAsync(receipt.ExposureId, 6, TimeSpan.FromMilliseconds(250));

        await silo.RestartAsync();
        var repeated = await silo.GrainFactory.GetGrain<IVenueGrain>(venue.VenueId).ReportExposure(t0, t0.AddMinutes(1), "officer");
        Assert.Equal(receipt.ExposureId, repeated.ExposureId);
        await silo.SendsAsync(receipt.ExposureId, 30, TimeSpan.FromMilliseconds(500));

        smtp.Server.AssertExactlyOneWarningEach(exposed, after);
        var progress = await silo.ProgressAsync(receipt.ExposureId);
        Assert.Equal((30, 30, 0, 0), (progress.Recipients, progress.Sent, progress.Failed, progress.Pending));
    }
}
