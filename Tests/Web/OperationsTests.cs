using System.Net;
using System.Text.Json;
using CheckIn.WebFront.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Web;

/// <summary>Health, OpenAPI, and the cluster view.</summary>
[Collection(WebCollection.Name)]
public sealed class OperationsTests(WebFixture fixture)
{
    [Fact]
    public async Task Healthz_SiloServing_Returns200()
    {
        using var client = fixture.Factory.CreateApiClient();

        using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_ListsTheStaffEndpoints()
    {
        using var client = fixture.Factory.CreateApiClient();

        using var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await response.ReadJsonAsync();
        var paths = json.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/auth/token", "/api/tenants", "/api/tenants/{tenant}/staff", "/api/cluster" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is documented");
        }
    }

    [Fact]
    public async Task Cluster_AfterTenantCalls_ReportsTheCoHostedSiloWithActivationsCallsAndLatency()
    {
        using var client = fixture.ClientWithToken(fixture.TokenOf("admin"));
        using var created = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("c"), name = "Cluster" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        fixture.Factory.Services.GetRequiredService<OperationsMetrics>().SampleNow();

        using var response = await client.GetAsync("/api/cluster", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await response.ReadJsonAsync();
        Assert.Equal("co-hosted", json.RootElement.GetProperty("mode").GetString());
        var silo = Assert.Single(json.RootElement.GetProperty("silos").EnumerateArray());
        Assert.Equal("active", silo.GetProperty("status").GetString());
        Assert.True(silo.GetProperty("hostedHere").GetBoolean());
        var metrics = silo.GetProperty("metrics");
        Assert.True(metrics.GetProperty("activations").GetInt64() >= 1);
        Assert.Contains(metrics.GetProperty("grainTypes").EnumerateArray(),
            t => t.GetProperty("grainType").GetString() == "TenantGrain" && t.GetProperty("activations").GetInt64() >= 1);
        var process = json.RootElement.GetProperty("thisProcess");
        Assert.True(process.GetProperty("totalCalls").GetInt64() >= 1);
        Assert.Equal(JsonValueKind.Number, process.GetProperty("p99Milliseconds").ValueKind);
        Assert.True(process.TryGetProperty("rejectedCalls", out _));
        Assert.True(process.TryGetProperty("storage", out _));
        Assert.NotEmpty(process.GetProperty("notes").EnumerateArray());
    }
}
