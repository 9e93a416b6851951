using System.Net;
using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Web;

/// <summary>The first administrator, and token keys kept across restarts (each test runs its own web front).</summary>
public sealed class AuthStartupTests
{
    [Fact]
    public async Task Startup_WithoutAdminPassword_CreatesNoAdmin_AndLogsHowToSetIt()
    {
        await using var factory = new WebFrontFactory(new Dictionary<string, string?> { ["CHECKIN_ADMIN_PASSWORD"] = "" });
        using var client = factory.CreateApiClient();

        using var response = await client.PostJsonAsync("/api/auth/token", new { username = "admin", password = WebFrontFactory.AdminPassword });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Null(await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IStaffAccountGrain>("admin").GetAsync());
        Assert.Contains(factory.Logs, line => line.Contains("CHECKIN_ADMIN_PASSWORD", StringComparison.Ordinal) && line.Contains("No administrator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_IssuedBeforeRestart_IsAcceptedAfterIt_WithTheKeyKeptInGrainStorage()
    {
        var directory = Directory.CreateTempSubdirectory("checkin-web-restart-").FullName;
        try
        {
            string token;
            await using (var first = new WebFrontFactory(sqlite: true, sqliteDirectory: directory))
            {
                using var client = first.CreateApiClient();
                token = await client.GetTokenAsync("admin", WebFrontFactory.AdminPassword);
            }

            await using var second = new WebFrontFactory(sqlite: true, sqliteDirectory: directory);
            using var restarted = second.CreateApiClient();
            restarted.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

            using var response = await restarted.GetAsync("/api/cluster", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Token_SignedWithConfiguredKey_IsRefusedByAFrontWithAnotherKey()
    {
        string token;
        await using (var first = new WebFrontFactory(new Dictionary<string, string?> { ["Auth:SigningKey"] = Convert.ToBase64String(new byte[32]) }))
        {
            using var client = first.CreateApiClient();
            token = await client.GetTokenAsync("admin", WebFrontFactory.AdminPassword);
        }

        var other = new byte[32];
        other[0] = 1;
        await using var second = new WebFrontFactory(new Dictionary<string, string?> { ["Auth:SigningKey"] = Convert.ToBase64String(other) });
        using var refused = second.CreateApiClient();
        refused.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var response = await refused.GetAsync("/api/cluster", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
    }
}
