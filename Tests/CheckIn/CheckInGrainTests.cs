using CheckIn.Grains.CheckIn.Security;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.CheckIn;

/// <summary>Check-in through the entry point grain: codes, addresses, duplicates, visits and counts.</summary>
public sealed class CheckInGrainTests : IAsyncLifetime
{
    private TestSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await CheckInSilos.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task CheckIn_NewVisitor_RecordedWithPointAndVisibleOnlyAsPseudonym()
    {
        var venue = await _silo.RegisterVenueAsync("Cafe Umeda");
        var email = CheckInSilos.NewEmail();

        var result = await _silo.CheckInAsync(venue.Code, email);

        Assert.True(result.IsNew);
        Assert.True(result.PointAwarded);
        Assert.Equal((1, 0, "Cafe Umeda", venue.VenueId), (result.Points, result.LotteryEntries, result.VenueName, result.VenueId));
        Assert.Equal(_silo.Time.GetUtcNow(), result.At);
        var visits = await Venue(venue).GetVisits(result.At.AddHours(-1), result.At.AddHours(1));
        var visit = Assert.Single(visits);
        Assert.Equal(result.At, visit.At);
        Assert.True(VisitorPseudonymizer.IsPseudonym(visit.Visitor));
        Assert.DoesNotContain("@", visit.Visitor, StringComparison.Ordinal);

        // 2026-01-01T00:00Z is 09:00 in Tokyo.
        var counts = await Venue(venue).GetVisitCounts(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1));
        Assert.Equal([new HourlyVisitCount(new DateOnly(2026, 1, 1), 9, 1)], counts);
    }

    [Fact]
    public async Task CheckIn_SameAddressWithinTenMinutes_ReturnsTheFirstCheckIn()
    {
        var venue = await _silo.RegisterVenueAsync();
        var email = CheckInSilos.NewEmail();
        var first = await _silo.CheckInAsync(venue.Code, email);

        _silo.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var again = await _silo.CheckInAsync(venue.Code, "  " + email.ToUpperInvariant());

        Assert.False(again.IsNew);
        Assert.False(again.PointAwarded);
        Assert.Equal((first.CheckInId, first.At, 1), (again.CheckInId, again.At, again.Points));
        Assert.Single(await Venue(venue).GetVisits(first.At, first.At.AddHours(1)));
    }

    [Fact]
    public async Task CheckIn_AfterTenMinutes_NewCheckInWithoutSecondPointThatDay()
    {
        var venue = await _silo.RegisterVenueAsync();
        var email = CheckInSilos.NewEmail();
        var first = await _silo.CheckInAsync(venue.Code, email);

        _silo.Time.Advance(TimeSpan.FromMinutes(10));
        var second = await _silo.CheckInAsync(venue.Code, email);

        Assert.True(second.IsNew);
        Assert.NotEqual(first.CheckInId, second.CheckInId);
        Assert.False(second.PointAwarded);
        Assert.Equal(1, second.Points);
        Assert.Equal(2, (await Venue(venue).GetVisits(first.At, first.At.AddHours(1))).Count);
    }

    [Fact]
    public async Task CheckIn_ConcurrentDuplicates_OneCheckIn()
    {
        var venue = await _silo.RegisterVenueAsync();
        var email = CheckInSilos.NewEmail();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _silo.CheckInAsync(venue.Code, email)));

        Assert.Single(results.Select(static r => r.CheckInId).Distinct());
        Assert.Single(results, static r => r.IsNew);
        var now = _silo.Time.GetUtcNow();
        Assert.Single(await Venue(venue).GetVisits(now.AddHours(-1), now.AddHours(1)));
    }

    [Fact]
    public async Task CheckIn_ForgedOrUnknownCodes_UnknownVenue()
    {
        var venue = await _silo.RegisterVenueAsync();
        var signer = _silo.Services.GetRequiredService<VenueCodeSigner>();
        var tampered = venue.Code[..^2] + (venue.Code[^2] == 'a' ? "b" : "a") + venue.Code[^1];
        var otherKey = new VenueCodeSigner(TestKeys.Create()).CreateCode(venue.VenueId, venue.CodeVersion);
        var unregistered = signer.CreateCode(VenueCodeSigner.NewVenueId(), 1);
        var futureVersion = signer.CreateCode(venue.VenueId, venue.CodeVersion + 1);

        foreach (var code in new[] { "", "nonsense", tampered, otherKey, unregistered, futureVersion, venue.VenueId })
        {
            var checkIn = await Assert.ThrowsAsync<CheckInException>(() => _silo.CheckInAsync(code, CheckInSilos.NewEmail()));
            Assert.Equal(CheckInErrorCodes.UnknownVenue, checkIn.Code);
            var resolve = await Assert.ThrowsAsync<CheckInException>(() => EntryPoint().ResolveCode(code));
            Assert.Equal(CheckInErrorCodes.UnknownVenue, resolve.Code);
        }

        var now = _silo.Time.GetUtcNow();
        Assert.Empty(await Venue(venue).GetVisits(now.AddHours(-1), now.AddHours(1)));
    }

    [Fact]
    public async Task RotateCode_OldCodeStopsWorking_NewCodeWorks()
    {
        var venue = await _silo.RegisterVenueAsync();
        var rotated = await Venue(venue).RotateCode();

        Assert.NotEqual(venue.Code, rotated.Code);
        Assert.Equal(2, rotated.CodeVersion);
        var old = await Assert.ThrowsAsync<CheckInException>(() => _silo.CheckInAsync(venue.Code, CheckInSilos.NewEmail()));
        Assert.Equal(CheckInErrorCodes.UnknownVenue, old.Code);
        Assert.True((await _silo.CheckInAsync(rotated.Code, CheckInSilos.NewEmail())).IsNew);
        Assert.Equal($"c-{rotated.Code}@in.checkin.test", (await EntryPoint().ResolveCode(rotated.Code)).CheckInMailAddress);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    [InlineData("taro@example.jp\r\nBcc: all@example.jp")]
    [InlineData("Taro <taro@example.jp>")]
    public async Task CheckIn_InvalidEmail_InvalidEmailCode(string email)
    {
        var venue = await _silo.RegisterVenueAsync();

        var error = await Assert.ThrowsAsync<CheckInException>(() => _silo.CheckInAsync(venue.Code, email));

        Assert.Equal(CheckInErrorCodes.InvalidEmail, error.Code);
    }

    [Fact]
    public async Task Register_BadFields_InvalidVenue()
    {
        var directory = _silo.GrainFactory.GetGrain<IVenueDirectoryGrain>(CheckInSilos.NewTenant());

        foreach (var registration in new[]
        {
            new VenueRegistration("", "x", "y", "owner"),
            new VenueRegistration(new string('x', 201), "x", "y", "owner"),
            new VenueRegistration("Cafe\r\nBcc: evil@example.jp", "x", "y", "owner"),
            new VenueRegistration("Cafe", "x", "y", ""),
        })
        {
            var error = await Assert.ThrowsAsync<CheckInException>(() => directory.Register(registration));
            Assert.Equal(CheckInErrorCodes.InvalidVenue, error.Code);
        }

        var badTenant = await Assert.ThrowsAsync<CheckInException>(() =>
            _silo.GrainFactory.GetGrain<IVenueDirectoryGrain>("Bad Tenant").Register(new VenueRegistration("Cafe", "", "", "o")));
        Assert.Equal(CheckInErrorCodes.InvalidVenue, badTenant.Code);
    }

    [Fact]
    public async Task Directory_ListsTheTenantsVenues()
    {
        var tenant = CheckInSilos.NewTenant();
        var first = await _silo.RegisterVenueAsync("First", tenant);
        var second = await _silo.RegisterVenueAsync("Second", tenant);

        var listed = await _silo.GrainFactory.GetGrain<IVenueDirectoryGrain>(tenant).List();

        Assert.Equal([first.VenueId, second.VenueId], listed.Select(static v => v.VenueId));
        Assert.Equal(tenant, (await Venue(first).GetInfo()).Tenant);
    }

    [Fact]
    public async Task Points_OnePerVenuePerDay_OneLotteryEntryPerTenPoints()
    {
        var tenant = CheckInSilos.NewTenant();
        var cafe = await _silo.RegisterVenueAsync("Cafe", tenant);
        var museum = await _silo.RegisterVenueAsync("Museum", tenant);
        var email = CheckInSilos.NewEmail();

        Assert.Equal(1, (await _silo.CheckInAsync(cafe.Code, email)).Points);
        Assert.Equal(2, (await _silo.CheckInAsync(museum.Code, email)).Points);
        _silo.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(2, (await _silo.CheckInAsync(cafe.Code, email)).Points);

        CheckInResult last = null!;
        for (var day = 1; day <= 8; day++)
        {
            _silo.Time.Advance(TimeSpan.FromDays(1));
            last = await _silo.CheckInAsync(cafe.Code, email);
        }

        Assert.Equal((10, 1, true), (last.Points, last.LotteryEntries, last.PointAwarded));
        var entries = await _silo.GrainFactory.GetGrain<ILotteryGrain>(tenant).GetEntries();
        Assert.Equal(1, Assert.Single(entries).Entries);
    }

    [Fact]
    public async Task Lottery_Draw_RecordedAndReproducibleFromItsSeed()
    {
        var lottery = _silo.GrainFactory.GetGrain<ILotteryGrain>(CheckInSilos.NewTenant());
        for (var i = 0; i < 30; i++)
        {
            await lottery.SetEntries($"{i:x64}", 1 + (i % 3));
        }

        var draw = await lottery.Draw("2026-summer", 5, "officer-1");
        var again = await lottery.Draw("2026-summer", 7, "someone-else");
        var other = await lottery.Draw("2026-autumn", 5, "officer-1");

        Assert.Equal(5, draw.Winners.Count);
        Assert.Equal(5, draw.Winners.Distinct().Count());
        Assert.Equal(30, draw.Entries.Count);
        Assert.Equal(draw.Seed, again.Seed);
        Assert.Equal(draw.Winners, again.Winners);
        Assert.NotEqual(draw.Seed, other.Seed);
        Assert.Equal(draw.Winners, await lottery.ReplayDraw("2026-summer"));
        Assert.Equal(draw.Winners, Grains.CheckIn.LotteryDrawing.Pick(draw.Entries, draw.Seed, 5));
        Assert.Equal(draw.Winners, (await lottery.GetDraw("2026-summer")).Winners);
        Assert.Equal(CheckInErrorCodes.UnknownDraw, (await Assert.ThrowsAsync<CheckInException>(() => lottery.GetDraw("none"))).Code);
        Assert.Equal(CheckInErrorCodes.InvalidDraw, (await Assert.ThrowsAsync<CheckInException>(() => lottery.Draw("x", 0, "o"))).Code);
    }

    [Fact]
    public async Task ReportExposure_BadWindowOrUnknownIds_TypedErrors()
    {
        var venue = await _silo.RegisterVenueAsync();
        var now = _silo.Time.GetUtcNow();

        Assert.Equal(CheckInErrorCodes.InvalidWindow, (await Assert.ThrowsAsync<CheckInException>(() => Venue(venue).ReportExposure(now, now, "o"))).Code);
        Assert.Equal(CheckInErrorCodes.InvalidWindow, (await Assert.ThrowsAsync<CheckInException>(() => Venue(venue).ReportExposure(now, now.AddDays(-1), "o"))).Code);
        Assert.Equal(CheckInErrorCodes.InvalidWindow, (await Assert.ThrowsAsync<CheckInException>(() => Venue(venue).ReportExposure(now, now.AddDays(15), "o"))).Code);
        Assert.Equal(CheckInErrorCodes.UnknownVenue, (await Assert.ThrowsAsync<CheckInException>(() =>
            _silo.GrainFactory.GetGrain<IVenueGrain>(VenueCodeSigner.NewVenueId()).ReportExposure(now.AddHours(-1), now, "o"))).Code);
        Assert.Equal(CheckInErrorCodes.UnknownExposure, (await Assert.ThrowsAsync<CheckInException>(() =>
            _silo.GrainFactory.GetGrain<IExposureGrain>("nothing").GetProgress())).Code);
    }

    private IVenueGrain Venue(VenueInfo venue) => _silo.GrainFactory.GetGrain<IVenueGrain>(venue.VenueId);

    private ICheckInGrain EntryPoint() => _silo.GrainFactory.GetGrain<ICheckInGrain>(ICheckInGrain.Key);
}
