using System.Net;
using System.Text;
using System.Text.Json;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Grains.Tenants;
using CheckIn.Silo.Hosting;
using CheckIn.Testing;
using CheckIn.WebFront.Auth;
using Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CheckIn.Tests.Web;

/// <summary>Staff sign-in, tokens and the per-account lockout.</summary>
[Collection(WebCollection.Name)]
public sealed class AuthTests(WebFixture fixture)
{
    [Fact]
    public async Task TokenEndpoint_RightPassword_Returns200WithTokenAndExpiry()
    {
        using var client = fixture.Factory.CreateApiClient();

        using var response = await client.PostJsonAsync("/api/auth/token", new { username = "admin", password = WebFrontFactory.AdminPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await response.ReadJsonAsync();
        Assert.StartsWith("v1.", json.RootElement.GetProperty("token").GetString());
        var expiresAt = json.RootElement.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddHours(7), DateTimeOffset.UtcNow.AddHours(9));
    }

    [Theory]
    [InlineData("admin", "wrong-password-123")]
    [InlineData("nobody-here", "whatever-password")]
    [InlineData("NOT A USERNAME", "whatever-password")]
    public async Task TokenEndpoint_WrongCredentials_Returns401InvalidCredentials(string username, string password)
    {
        using var client = fixture.Factory.CreateApiClient();

        using var response = await client.PostJsonAsync("/api/auth/token", new { username, password });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task StaffCreatedByMunicipalityAdmin_SignsIn_WithTheTenantRole()
    {
        var username = WebFixture.Unique("officer");
        using var municipality = fixture.ClientWithToken(fixture.TokenOf(WebFixture.UsernameFor(fixture.Tenant, StaffRoles.MunicipalityAdmin)));
        using var created = await municipality.PostJsonAsync($"/api/tenants/{fixture.Tenant}/staff", new { username, password = WebFixture.StaffPassword, role = StaffRoles.HealthOfficer });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var account = await fixture.Grains.GetGrain<IStaffAccountGrain>(username).GetAsync();

        Assert.Equal(new StaffAccount(username, StaffRoles.HealthOfficer, fixture.Tenant, account!.CreatedAt), account);
        using var client = fixture.Factory.CreateApiClient();
        Assert.StartsWith("v1.", await client.GetTokenAsync(username, WebFixture.StaffPassword));
    }

    [Fact]
    public async Task StoredAccount_HoldsSaltedPbkdf2Hash_NeverThePassword()
    {
        var username = WebFixture.Unique("hash");
        using var admin = fixture.ClientWithToken(fixture.TokenOf("admin"));
        using var created = await admin.PostJsonAsync($"/api/tenants/{fixture.Tenant}/staff", new { username, password = WebFixture.StaffPassword, role = StaffRoles.VenueOperator });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var storage = fixture.Factory.Services.GetRequiredKeyedService<IGrainStorage>(CheckInSiloHostingExtensions.GrainStorageName);
        var stored = new GrainState<StaffAccountState>();
        await storage.ReadStateAsync("account", GrainId.Create("staffaccount", username), stored);

        Assert.True(stored.RecordExists);
        var text = JsonSerializer.Serialize(stored.State);
        Assert.DoesNotContain(WebFixture.StaffPassword, text, StringComparison.Ordinal);
        Assert.Contains("pbkdf2-sha256$210000$", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_PayloadTampered_Returns401InvalidToken()
    {
        var token = fixture.TokenOf(WebFixture.UsernameFor(fixture.Tenant, StaffRoles.HealthOfficer));
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1].Replace('-', '+').Replace('_', '/'))));
        var elevated = payload.Replace("\"health-officer\"", "\"admin\"", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes(elevated)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";
        using var client = fixture.ClientWithToken(forged);

        using var response = await client.GetAsync("/api/cluster", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_Expired_Returns401InvalidToken()
    {
        var services = fixture.Factory.Services;
        var past = new ManualTimeProvider(DateTimeOffset.UtcNow.AddHours(-9));
        var issuer = new StaffTokenService(services.GetRequiredService<SignedTokens>(), past, services.GetRequiredService<IOptions<AuthOptions>>());
        var expired = await issuer.IssueAsync(new StaffAccount("admin", StaffRoles.Admin, null, DateTimeOffset.UtcNow));
        using var client = fixture.ClientWithToken(expired.Token);

        using var response = await client.GetAsync("/api/cluster", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
    }

    [Fact]
    public async Task Token_NotBearer_Returns401()
    {
        using var client = fixture.Factory.CreateApiClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic YWRtaW46YWRtaW4=");

        using var response = await client.GetAsync("/api/cluster", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
    }

    [Fact]
    public async Task Account_AfterFiveFailures_IsLockedOut_EvenForTheRightPassword()
    {
        var username = WebFixture.Unique("locked");
        using var admin = fixture.ClientWithToken(fixture.TokenOf("admin"));
        using var created = await admin.PostJsonAsync($"/api/tenants/{fixture.Tenant}/staff", new { username, password = WebFixture.StaffPassword, role = StaffRoles.VenueOperator });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var client = fixture.Factory.CreateApiClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostJsonAsync("/api/auth/token", new { username, password = "not-the-password" });
            await failed.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var response = await client.PostJsonAsync("/api/auth/token", new { username, password = WebFixture.StaffPassword });

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "locked_out");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is set");
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
}
