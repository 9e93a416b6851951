using System.Text;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;
using CheckIn.WebFront.CheckIn;

namespace CheckIn.Tests.CheckIn;

/// <summary>No e-mail address in clear where it does not belong: not in the database, not in any staff view or
/// export. Only the mail sender opens the contact store.</summary>
public sealed class PrivacyTests(SmtpFixture smtp) : IClassFixture<SmtpFixture>
{
    [Fact]
    public async Task Storage_AfterCheckInsAndWarnings_HoldsNoAddressInClear()
    {
        var directory = Directory.CreateTempSubdirectory("checkin-privacy-").FullName;
        var database = Path.Combine(directory, "silo.db");
        try
        {
            var emails = new List<string>();
            await using (var silo = await CheckInSilos.StartAsync(CheckInSilos.Settings(smtp.Server.Port), o =>
            {
                o.Storage = TestStorage.Sqlite;
                o.ConnectionString = $"Data Source={database}";
            }))
            {
                var t0 = silo.Time.GetUtcNow();
                var venue = await silo.RegisterVenueAsync();
                emails.AddRange(await silo.CheckInVisitorsAsync(venue, 5, "private"));
                var receipt = await silo.GrainFactory.GetGrain<IVenueGrain>(venue.VenueId).ReportExposure(t0, t0.AddMinutes(1), "officer");
                await silo.SendsAsync(receipt.ExposureId, 5);

                var visits = await silo.GrainFactory.GetGrain<IVenueGrain>(venue.VenueId).GetVisits(t0, t0.AddHours(1));
                var csv = VisitCsv.Visits(venue.Name, visits, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
                Assert.Equal(5, visits.Count);
                Assert.DoesNotContain("@", csv, StringComparison.Ordinal);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            smtp.Server.AssertExactlyOneWarningEach(emails, []);
            var bytes = Directory.EnumerateFiles(directory).SelectMany(File.ReadAllBytes).ToArray();
            var text = Encoding.UTF8.GetString(bytes);
            Assert.True(bytes.Length > 10_000, "the database was written");
            foreach (var email in emails)
            {
                Assert.DoesNotContain(email, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(email.Split('@')[0], text, StringComparison.OrdinalIgnoreCase);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
