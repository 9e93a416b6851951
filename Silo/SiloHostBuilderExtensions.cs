using CheckIn.Grains;
using CheckIn.Grains.Booking;
using CheckIn.Grains.CheckIn;
using CheckIn.Runtime.Client;
using CheckIn.Runtime.Hosting;
using CheckIn.Silo.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CheckIn.Silo;

/// <summary>The hosting extension the silo process and the web front share: a silo with the domain's grains.</summary>
public static class SiloHostBuilderExtensions
{
    /// <summary>Adds a silo hosting the check-in and booking grains with their services (and the diagnostic
    /// <see cref="IClusterProbeGrain"/>), configured from the <c>Silo</c>, <c>Storage</c>, <c>Cluster</c> and
    /// domain sections. With <c>Cluster:ConnectionString</c> set, the silo joins that cluster.</summary>
    public static IHostApplicationBuilder AddCheckInSilo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddDomainServices(builder);
        builder.Services.TryAddSingleton<ProbeActivationLog>();
        return builder.AddSilo(silo => silo.AddGrains(typeof(GrainsAssembly).Assembly).AddGrains(typeof(ClusterProbeGrain).Assembly));
    }

    /// <summary>Instead of a silo, a cluster client for the same grains: calls go over TCP to the silos of the
    /// cluster named in the <c>ClusterClient</c> section. The domain services are registered too, for the
    /// parts of the domain that run at the caller (signing, pseudonyms, options).</summary>
    public static IHostApplicationBuilder AddCheckInClusterClient(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddDomainServices(builder);
        return builder.AddClusterClient(client => client.AddGrains(typeof(GrainsAssembly).Assembly).AddGrains(typeof(ClusterProbeGrain).Assembly));
    }

    private static void AddDomainServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddBookingServices(builder.Configuration);
        builder.Services.AddCheckInServices(builder.Configuration);
    }
}
