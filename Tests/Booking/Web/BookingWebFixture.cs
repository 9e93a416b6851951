using System.Net;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>One web front (memory storage) for the "booking-web" collection, with a tenant, its
/// municipality-admin, and a municipality-admin of another tenant. The waiting room is off here (its own
/// tests turn it on), and campaigns may be published with an opening time in the past, so that a test can
/// book at once; every test makes its own campaign.</summary>
public sealed class BookingWebFixture : IAsyncLifetime
{
    public const string StaffPassword = "booking-staff-password";

    public WebFrontFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["WaitingRoom:Enabled"] = "false",
        ["BookingWeb:MaxSignInFailuresPerAddress"] = "100000",
        ["RateLimiting:PerAccount:PermitLimit"] = "1000000",
    });

    public string Tenant { get; } = WebFixture.Unique("bk");

    public string OtherTenant { get; } = WebFixture.Unique("bo");

    public string AdminToken { get; private set; } = "";

    public string OtherAdminToken { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        using var admin = await Factory.CreateAdminClientAsync();
        foreach (var tenant in new[] { Tenant, OtherTenant })
        {
            using var created = await admin.PostJsonAsync("/api/tenants", new { id = tenant, name = $"City {tenant}" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var username = WebFixture.UsernameFor(tenant, StaffRoles.MunicipalityAdmin);
            using var staff = await admin.PostJsonAsync($"/api/tenants/{tenant}/staff", new { username, password = StaffPassword, role = StaffRoles.MunicipalityAdmin });
            Assert.Equal(HttpStatusCode.Created, staff.StatusCode);
        }

        using var client = Factory.CreateApiClient();
        AdminToken = await client.GetTokenAsync(WebFixture.UsernameFor(Tenant, StaffRoles.MunicipalityAdmin), StaffPassword);
        OtherAdminToken = await client.GetTokenAsync(WebFixture.UsernameFor(OtherTenant, StaffRoles.MunicipalityAdmin), StaffPassword);
    }

    /// <summary>A client signed in as the tenant's municipality-admin.</summary>
    public HttpClient Staff() => WithBearer(AdminToken);

    /// <summary>A client without credentials (a resident, or anyone).</summary>
    public HttpClient Anonymous() => Factory.CreateApiClient();

    public HttpClient WithBearer(string? token)
    {
        var client = Factory.CreateApiClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
