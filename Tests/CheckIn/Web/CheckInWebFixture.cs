using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Testing;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.CheckIn.Web;

/// <summary>A web front whose warning mails go to a real SMTP server (aiosmtpd on a loopback port), with an
/// inbound-mail secret, one tenant and a staff member of every tenant role. Tests make their own venues and
/// visitors, so they never depend on each other.</summary>
public sealed class CheckInWebFixture : IAsyncLifetime
{
    public const string InboundSecret = "inbound-secret-for-tests";
    public const string MailDomain = "in.checkin.test";
    public const string PublicBaseUrl = "https://checkin.example.jp/";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private SmtpTestServer? _smtp;
    private WebFrontFactory? _factory;

    public SmtpTestServer Smtp => _smtp ?? throw new InvalidOperationException("The fixture is not initialized.");

    public WebFrontFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public string Tenant { get; } = WebFixture.Unique("ci");

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _factory = new WebFrontFactory(new Dictionary<string, string?>
        {
            ["InboundMail:Secret"] = InboundSecret,
            ["CheckIn:MailDomain"] = MailDomain,
            ["CheckInLinks:PublicBaseUrl"] = PublicBaseUrl,
            // No grace period: the end-to-end test can then place a visitor just after the window in real time.
            ["CheckIn:ExposureGrace"] = "00:00:00",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:FromAddress"] = "no-reply@checkin.test",
            ["Smtp:MaxSendsPerSecond"] = "1000",
            ["Smtp:Timeout"] = "00:00:20",
            ["Smtp:RetryBaseDelay"] = "00:00:02",
        });

        using var admin = await Factory.CreateAdminClientAsync();
        using var created = await admin.PostJsonAsync("/api/tenants", new { id = Tenant, name = "Check-in tests" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        foreach (var role in StaffRoles.TenantRoles)
        {
            await AddStaffAsync(admin, role, WebFixture.UsernameFor(Tenant, role));
        }

        // A second operator of the same tenant, who holds none of the first operator's venues.
        await AddStaffAsync(admin, StaffRoles.VenueOperator, "other-" + WebFixture.UsernameFor(Tenant, StaffRoles.VenueOperator));
    }

    /// <summary>A client signed in as the tenant's member of <paramref name="role"/>.</summary>
    public HttpClient ClientFor(string role, bool otherOperator = false)
    {
        var username = (otherOperator ? "other-" : "") + WebFixture.UsernameFor(Tenant, role);
        var client = Factory.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[username]);
        return client;
    }

    public HttpClient Anonymous() => Factory.CreateApiClient();

    /// <summary>Registers a venue as <paramref name="role"/> and returns <c>(venueId, code, checkInUrl, mail address)</c>.</summary>
    public async Task<(string VenueId, string Code, string CheckInUrl, string MailAddress)> CreateVenueAsync(string name = "カフェ テスト", string role = StaffRoles.VenueOperator)
    {
        using var client = ClientFor(role);
        using var response = await client.PostJsonAsync($"/api/tenants/{Tenant}/venues", new { name, category = "restaurant", address = "大阪市中央区1-1" });
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"venue registration answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return (root.GetProperty("venueId").GetString()!, root.GetProperty("code").GetString()!, root.GetProperty("checkInUrl").GetString()!, root.GetProperty("checkInMailAddress").GetString()!);
    }

    public static string NewEmail(string who = "visitor") => $"{who}.{Guid.NewGuid():N}@example.jp";

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }
    }

    private async Task AddStaffAsync(HttpClient admin, string role, string username)
    {
        using var staff = await admin.PostJsonAsync($"/api/tenants/{Tenant}/staff", new { username, password = WebFixture.StaffPassword, role });
        Assert.Equal(HttpStatusCode.Created, staff.StatusCode);
        _tokens[username] = await admin.GetTokenAsync(username, WebFixture.StaffPassword);
    }
}
