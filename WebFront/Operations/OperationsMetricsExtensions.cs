using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CheckIn.WebFront.Operations;

/// <summary>Registers <see cref="OperationsMetrics"/>, started with the host.</summary>
internal static class OperationsMetricsExtensions
{
    /// <summary>Adds the aggregator over this host's Orleans meter and the storage meter. Safe to call twice.</summary>
    public static IServiceCollection AddOperationsMetrics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(static sp => new OperationsMetrics(sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetService<IMeterFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OperationsMetricsService>());
        return services;
    }
}
