using System.Net;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Messaging;

namespace CheckIn.Tests.Web;

/// <summary>Two web fronts over the same grains, as behind a load balancer: <see cref="First"/> co-hosts the silo
/// (with a gateway on a free loopback port), <see cref="Second"/> hosts none and is an Orleans client of that silo.
/// The client finds the gateway in a static list, where a production client reads the PostgreSQL membership table
/// (<c>ClusterClient:ConnectionString</c>, which is set only to choose client mode and is never opened).</summary>
public sealed class TwoWebFronts : IAsyncDisposable
{
    private TwoWebFronts(WebFrontFactory first, WebFrontFactory second)
    {
        First = first;
        Second = second;
    }

    /// <summary>The web front that hosts the silo.</summary>
    public WebFrontFactory First { get; }

    /// <summary>The web front that is a client of <see cref="First"/>'s silo.</summary>
    public WebFrontFactory Second { get; }

    /// <summary>Starts both fronts with the same settings, the first before the second (the client needs the gateway).</summary>
    public static TwoWebFronts Start(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var gatewayPort = LoopbackPorts.Free();
        var first = new WebFrontFactory(new Dictionary<string, string?>(settings) { ["Cluster:GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _ = first.Services;
        var second = new WebFrontFactory(
            new Dictionary<string, string?>(settings) { ["ClusterClient:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=unused" },
            services =>
            {
                services.RemoveAll<IGatewayListProvider>();
                services.AddSingleton<IGatewayListProvider, StaticGatewayListProvider>();
                services.Configure<StaticGatewayListProviderOptions>(o => o.Gateways = [new IPEndPoint(IPAddress.Loopback, gatewayPort).ToGatewayUri()]);
            });
        _ = second.Services;
        return new TwoWebFronts(first, second);
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }
}
