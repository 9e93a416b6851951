using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Hosting;
using CheckIn.Runtime.Invocation;
using CheckIn.Runtime.Membership;
using CheckIn.Runtime.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Client;

/// <summary>Adds a cluster client to a host that runs no silo.</summary>
public static class ClusterClientHostingExtensions
{
    /// <summary>Registers an <see cref="IGrainFactory"/> whose calls go over TCP straight to the silo that owns
    /// each grain, and an <see cref="IClusterMembership"/>; options from the <c>ClusterClient</c> section,
    /// validated at start. Calling it twice configures the same client.</summary>
    public static IHostApplicationBuilder AddClusterClient(this IHostApplicationBuilder builder, Action<ClusterClientBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var firstCall = !services.Any(static d => d.ServiceType == typeof(GrainAssemblyList));
        if (firstCall)
        {
            services.AddSingleton(new GrainAssemblyList { ForClient = true });
        }

        configure?.Invoke(new ClusterClientBuilder(services));
        if (!firstCall)
        {
            return builder;
        }

        services.AddOptions<ClusterClientOptions>().BindConfiguration(ClusterClientOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterClientOptions>, ClusterClientOptionsValidator>());
        services.AddOptions<SiloOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GrainClassRegistry>();
        services.TryAddSingleton<ClusterClientRuntime>();
        services.TryAddSingleton<GrainReferenceRuntime>(static sp => sp.GetRequiredService<ClusterClientRuntime>());
        services.TryAddSingleton<IClusterMembership>(static sp => sp.GetRequiredService<ClusterClientRuntime>());
        services.TryAddSingleton<IGrainFactory, GrainFactory>();
        services.AddHostedService(static sp => sp.GetRequiredService<ClusterClientRuntime>());
        return builder;
    }
}
