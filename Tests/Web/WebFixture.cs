using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Web;

/// <summary>One web front for the "web" collection, with two tenants and a staff member of every role in
/// each, signed in once. Tests make their own keys (tenant ids, usernames) so that they never depend on
/// each other.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string StaffPassword = "staff-password-for-tests";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public WebFrontFactory Factory { get; } = new();

    /// <summary>The tenant the role matrix acts on.</summary>
    public string Tenant { get; } = Unique("t");

    /// <summary>Another tenant whose staff must be refused on <see cref="Tenant"/>.</summary>
    public string OtherTenant { get; } = Unique("o");

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 40)];

    public static string UsernameFor(string tenant, string role) => $"{role}.{tenant}";

    public async ValueTask InitializeAsync()
    {
        using var admin = await Factory.CreateAdminClientAsync();
        _tokens["admin"] = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        foreach (var tenant in new[] { Tenant, OtherTenant })
        {
            using var created = await admin.PostJsonAsync("/api/tenants", new { id = tenant, name = $"Tenant {tenant}" });
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
            foreach (var role in StaffRoles.TenantRoles)
            {
                var username = UsernameFor(tenant, role);
                using var staff = await admin.PostJsonAsync($"/api/tenants/{tenant}/staff", new { username, password = StaffPassword, role });
                Assert.Equal(System.Net.HttpStatusCode.Created, staff.StatusCode);
                _tokens[username] = await admin.GetTokenAsync(username, StaffPassword);
            }
        }
    }

    /// <summary>A signed-in staff member's token.</summary>
    public string TokenOf(string username) => _tokens[username];

    public HttpClient ClientWithToken(string? token)
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
