using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Diagnostics;
using CheckIn.Runtime.Invocation;
using CheckIn.Runtime.Membership;
using CheckIn.Runtime.Messaging;
using CheckIn.Runtime.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Hosting;

/// <summary>Adds a silo to a generic or web host.</summary>
public static class SiloHostingExtensions
{
    /// <summary>Runs a silo inside the host: options from the <c>Silo</c> configuration section, validated at
    /// start; grain classes from the assemblies given to <see cref="SiloBuilder.AddGrains"/>; state and
    /// reminders in the storage chosen in <paramref name="configure"/> or, failing that, in
    /// the <c>Storage</c> section (SQLite by default). Calling it twice configures the same silo.</summary>
    public static IHostApplicationBuilder AddSilo(this IHostApplicationBuilder builder, Action<SiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var firstCall = !services.Any(static d => d.ServiceType == typeof(GrainAssemblyList));
        if (firstCall)
        {
            services.AddSingleton(new GrainAssemblyList());
        }

        var silo = new SiloBuilder(services);
        configure?.Invoke(silo);
        if (!firstCall)
        {
            return builder;
        }

        services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SiloOptions>, SiloOptionsValidator>());
        if (!silo.ClusterConfigured && !string.IsNullOrEmpty(builder.Configuration[$"{ClusterOptions.SectionName}:{nameof(ClusterOptions.ConnectionString)}"]))
        {
            silo.UseCluster();
        }

        if (!silo.StorageConfigured)
        {
            var storage = new SiloStorageOptions();
            builder.Configuration.GetSection(SiloStorageOptions.SectionName).Bind(storage);
            silo.UseConfiguredStorage(storage);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GrainClassRegistry>();
        services.TryAddSingleton<Catalog>();
        services.TryAddSingleton<GrainDispatcher>();
        services.TryAddSingleton<GrainReferenceRuntime>(static sp => sp.GetRequiredService<GrainDispatcher>());
        services.TryAddSingleton<IGrainFactory, GrainFactory>();
        services.TryAddSingleton<CallMetrics>();
        services.TryAddSingleton<ActivationServices>();
        services.TryAddSingleton<CallTimeoutSweeper>();
        services.TryAddSingleton<ActivationCollector>();
        services.TryAddSingleton<ReminderService>();
        services.AddHostedService<SiloHost>();
        if (silo.ClusterConfigured)
        {
            // After SiloHost: the silo runs before it joins, and leaves before it stops.
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>());
            services.TryAddSingleton<ClusterSiloHost>();
            services.TryAddSingleton<IClusterMembership>(static sp => sp.GetRequiredService<ClusterSiloHost>());
            services.TryAddSingleton<IClusterSiloDetails>(static sp => sp.GetRequiredService<ClusterSiloHost>());
            services.AddHostedService(static sp => sp.GetRequiredService<ClusterSiloHost>());
        }

        return builder;
    }
}
