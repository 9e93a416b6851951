using System.Net;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Testing;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>A web front with the waiting room on, on a manual clock (started at the real time, moved only by
/// the tests), admitting one position at the opening and then one a second.</summary>
public sealed class WaitingRoomFixture : IAsyncLifetime
{
    public WaitingRoomFixture()
    {
        Factory = new WebFrontFactory(
            new Dictionary<string, string?>
            {
                ["WaitingRoom:Enabled"] = "true",
                ["Booking:WaitingRoomBurst"] = "1",
                ["Booking:WaitingRoomAdmissionsPerSecond"] = "1",
                ["BookingWeb:MaxSignInFailuresPerAddress"] = "100000",
                ["RateLimiting:PerAccount:PermitLimit"] = "1000000",
            },
            services => services.AddManualClock(Clock));
    }

    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public WebFrontFactory Factory { get; }

    public string Tenant { get; } = WebFixture.Unique("wr");

    public async ValueTask InitializeAsync()
    {
        using var admin = await Factory.CreateAdminClientAsync();
        using var tenant = await admin.PostJsonAsync("/api/tenants", new { id = Tenant, name = "Queue city" });
        Assert.Equal(HttpStatusCode.Created, tenant.StatusCode);
        using var staff = await admin.PostJsonAsync($"/api/tenants/{Tenant}/staff", new { username = "ma." + Tenant, password = BookingWebFixture.StaffPassword, role = StaffRoles.MunicipalityAdmin });
        Assert.Equal(HttpStatusCode.Created, staff.StatusCode);
    }

    /// <summary>A municipality-admin client with a token made on the clock as it is now.</summary>
    public Task<HttpClient> StaffAsync() => Factory.CreateClientForAsync("ma." + Tenant, BookingWebFixture.StaffPassword);

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
