extern alias silo;

using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using CheckIn.Grains;
using CheckIn.Grains.Booking;
using CheckIn.Grains.CheckIn;
using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Web;
using CheckIn.WebFront.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using silo::CheckIn.Silo.Diagnostics;

namespace CheckIn.Tests.Cluster;

/// <summary>The web front as a client of a cluster (<c>ClusterClient:ConnectionString</c> set): it hosts no silo,
/// serves through the cluster, and its dashboard data lists the silos from the membership table.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WebFrontClusterClientTests(PostgresFixture fixture)
{
    [Fact]
    public async Task WebFront_WithClusterClientSettings_ServesThroughTheClusterAndListsItsSilos()
    {
        var keys = new Dictionary<string, string?>
        {
            ["CheckIn:Keys:PseudonymKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["CheckIn:Keys:VenueCodeKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["CheckIn:Keys:ContactKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(keys).Build();
        await using var cluster = await TestCluster.StartAsync(2, o =>
        {
            o.ConnectionString = fixture.StorageConnectionString;
            o.GrainAssemblies.Add(typeof(GrainsAssembly).Assembly);
            o.GrainAssemblies.Add(typeof(ClusterProbeGrain).Assembly);
            o.ConfigureServices = services =>
            {
                services.AddBookingServices(configuration);
                services.AddCheckInServices(configuration);
                services.TryAddSingleton<ProbeActivationLog>();
            };
        });
        await cluster.WaitForStableAsync(TimeSpan.FromSeconds(30));

        var settings = new Dictionary<string, string?>(keys)
        {
            ["ClusterClient:ConnectionString"] = fixture.StorageConnectionString,
            ["ClusterClient:ClusterId"] = cluster.ClusterId,
        };
        await using var web = new WebFrontFactory(settings);
        using var admin = await web.CreateAdminClientAsync();

        Assert.IsType<MembershipClusterSilos>(web.Services.GetRequiredService<IClusterSilos>());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        using var body = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/cluster", UriKind.Relative), TestContext.Current.CancellationToken));
        var silos = body.RootElement.GetProperty("silos").EnumerateArray().ToList();
        Assert.Equal(
            cluster.Silos.Select(static s => s.Address.ToString()).Order(StringComparer.Ordinal),
            silos.Select(static s => s.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(silos, static s => Assert.Equal("active", s.GetProperty("status").GetString()));
    }
}
