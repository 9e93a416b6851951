using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CheckIn.Runtime.Diagnostics;

/// <summary>Registers a <see cref="RuntimeMetricsAggregator"/> that starts with the host.</summary>
public static class RuntimeMetricsAggregatorExtensions
{
    /// <summary>Adds the aggregator as a singleton, started by a hosted service. Register it before the
    /// silo, so that it starts first and sees every activation. Safe to call twice.</summary>
    public static IServiceCollection AddRuntimeMetricsAggregator(this IServiceCollection services, Action<RuntimeMetricsAggregatorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(static d => d.ServiceType == typeof(RuntimeMetricsAggregator)))
        {
            return services;
        }

        var options = new RuntimeMetricsAggregatorOptions();
        configure?.Invoke(options);
        services.AddSingleton(sp => new RuntimeMetricsAggregator(sp.GetService<TimeProvider>() ?? TimeProvider.System, options));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RuntimeMetricsAggregatorService>());
        return services;
    }
}
