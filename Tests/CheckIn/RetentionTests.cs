using CheckIn.Grains.CheckIn.Security;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.CheckIn;

/// <summary>Retention with the manual clock: the venue's daily reminder deletes day buckets once they are older than
/// 60 days, and with them the check-ins, visitor records and contact data that nothing newer keeps alive.</summary>
public sealed class RetentionTests
{
    private static readonly TimeSpan s_hour = TimeSpan.FromHours(1);

    // Steps of the clock between polls while the venue's daily reminder comes due. Deletion is due at the first daily
    // tick after the data expires and must be done before the next one: one-minute steps give a purge on a loaded
    // machine over a thousand polls (many seconds of real time) before the clock reaches that next tick.
    private static readonly TimeSpan s_step = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Retention_AfterSixtyDays_CheckInsVisitorsAndContactsDeleted()
    {
        await using var silo = await CheckInSilos.StartAsync(configure: o => o.Storage = TestStorage.Sqlite);
        var t0 = silo.Time.GetUtcNow();
        var tenant = CheckInSilos.NewTenant();
        var venue = await silo.RegisterVenueAsync("Cafe", tenant);
        var lottery = silo.GrainFactory.GetGrain<ILotteryGrain>(tenant);
        var onceEmail = CheckInSilos.NewEmail("once");
        var regularEmail = CheckInSilos.NewEmail("regular");
        await silo.CheckInAsync(venue.Code, onceEmail);
        await silo.CheckInAsync(venue.Code, regularEmail);
        var once = VisitorKey(silo, tenant, onceEmail);
        var regular = VisitorKey(silo, tenant, regularEmail);
        await lottery.SetEntries(once[(tenant.Length + 1)..], 1);

        silo.Time.AdvanceTo(t0 + TimeSpan.FromDays(50));
        Assert.True((await silo.CheckInAsync(venue.Code, regularEmail)).IsNew);

        // Until day 61 the first day is not entirely older than 60 days: nothing may be gone yet.
        silo.Time.AdvanceTo(t0 + TimeSpan.FromDays(60) - s_hour);
        await silo.Time.AdvanceUntilAsync(s_step, () => silo.Time.GetUtcNow() >= t0 + TimeSpan.FromDays(60) + (2 * s_hour), "the day-60 retention tick passed");
        Assert.True((await Visitor(silo, once).GetSummary()).Exists);
        Assert.NotNull(await Contact(silo, once).GetSealed());
        Assert.Equal(2, (await Venue(silo, venue).GetVisits(t0, t0 + TimeSpan.FromDays(1))).Count);

        silo.Time.AdvanceTo(t0 + TimeSpan.FromDays(61) - s_hour);
        await silo.Time.AdvanceUntilAsync(
            s_step,
            async () => !(await Visitor(silo, once).GetSummary()).Exists
                        && await Contact(silo, once).GetSealed() is null
                        && (await Venue(silo, venue).GetVisits(t0, t0 + TimeSpan.FromDays(1))).Count == 0,
            "the first day's visits, the one-time visitor and its contact are deleted");

        Assert.True(silo.Time.GetUtcNow() < t0 + TimeSpan.FromDays(62), "deleted at the first daily tick after expiring");
        Assert.Empty(await lottery.GetEntries());
        var survivor = await Visitor(silo, regular).GetSummary();
        Assert.True(survivor.Exists);
        Assert.Equal([t0 + TimeSpan.FromDays(50)], survivor.CheckIns.Select(static c => c.At));
        Assert.NotNull(await Contact(silo, regular).GetSealed());
        Assert.Single(await Venue(silo, venue).GetVisits(t0, t0 + TimeSpan.FromDays(51)));

        // Across a restart: the retention reminder is durable, not a timer of the running silo.
        await silo.RestartAsync();
        silo.Time.AdvanceTo(t0 + TimeSpan.FromDays(110));
        silo.Time.AdvanceTo(t0 + TimeSpan.FromDays(111) - s_hour);
        await silo.Time.AdvanceUntilAsync(
            s_step,
            async () => !(await Visitor(silo, regular).GetSummary()).Exists
                        && await Contact(silo, regular).GetSealed() is null
                        && (await Venue(silo, venue).GetVisitCounts(DateOnly.MinValue, DateOnly.MaxValue)).Count == 0,
            "the regular visitor, its contact and the last day's visits are deleted 60 days after its last check-in");

        Assert.True(silo.Time.GetUtcNow() < t0 + TimeSpan.FromDays(112), "deleted at the first daily tick after expiring");
    }

    private static string VisitorKey(TestSilo silo, string tenant, string email)
    {
        Assert.True(EmailAddresses.TryNormalize(email, out var normalized));
        return $"{tenant}:{silo.Services.GetRequiredService<VisitorPseudonymizer>().Pseudonymize(normalized)}";
    }

    private static IVisitorGrain Visitor(TestSilo silo, string key) => silo.GrainFactory.GetGrain<IVisitorGrain>(key);

    private static IContactGrain Contact(TestSilo silo, string key) => silo.GrainFactory.GetGrain<IContactGrain>(key);

    private static IVenueGrain Venue(TestSilo silo, VenueInfo venue) => silo.GrainFactory.GetGrain<IVenueGrain>(venue.VenueId);
}
