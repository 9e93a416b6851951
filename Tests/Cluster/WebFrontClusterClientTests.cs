using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CheckIn.Tests.Cluster;

/// <summary>The web front as a client of a two-silo process cluster (<c>ClusterClient:ConnectionString</c> and
/// <c>ClusterClient:ClusterId</c> set): it serves <c>/healthz</c>, signs in through the cluster's grains and
/// lists the cluster's silos from the membership table; the Orleans dashboard shows the cluster.</summary>
[Collection(ProcessClusterCollection.Name)]
public sealed class WebFrontClusterClientTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task WebFront_AsClusterClient_ServesHealthApiAndDashboardThroughTwoSiloProcesses()
    {
        await using var cluster = await ProcessCluster.StartAsync(database.ConnectionString, 2);
        var settings = SiloProcess.AsConfiguration(cluster.Keys);
        settings["ClusterClient:ConnectionString"] = cluster.ConnectionString;
        settings["ClusterClient:ClusterId"] = cluster.ClusterId;
        await using var web = new ClusterClientWebFront(settings);
        using var client = web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var cancellationToken = TestContext.Current.CancellationToken;

        using (var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        using (var signIn = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = ClusterClientWebFront.AdminPassword }, cancellationToken))
        {
            Assert.True(signIn.StatusCode == HttpStatusCode.OK, $"sign-in answered {(int)signIn.StatusCode}: {await signIn.Content.ReadAsStringAsync(cancellationToken)}");
            using var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync(cancellationToken));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("token").GetString());
        }

        using var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/cluster", UriKind.Relative), cancellationToken));
        var silos = body.RootElement.GetProperty("silos").EnumerateArray().ToList();
        Assert.Equal(
            cluster.Silos.Select(static s => s.Port).Order(),
            silos.Select(static s => new Uri("tcp://" + s.GetProperty("address").GetString()).Port).Order());
        Assert.All(silos, static s => Assert.False(s.GetProperty("hostedHere").GetBoolean()));

        // Microsoft.Orleans.Dashboard in client mode: its counters come from the silos' dashboard grains.
        using var counters = await client.GetAsync(new Uri("/dashboard/DashboardCounters", UriKind.Relative), cancellationToken);
        var countersBody = await counters.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(counters.StatusCode == HttpStatusCode.OK, $"the dashboard answered {(int)counters.StatusCode}: {countersBody}");
        using var dashboard = JsonDocument.Parse(countersBody);
        Assert.Equal(
            cluster.Silos.Select(static s => s.Port).Order(),
            dashboard.RootElement.GetProperty("hosts").EnumerateArray()
                .Select(static h => new Uri("tcp://" + h.GetProperty("siloAddress").GetString()!.Split('@')[0]).Port).Order());
    }
}
