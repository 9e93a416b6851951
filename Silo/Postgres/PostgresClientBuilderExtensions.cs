using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Messaging;

namespace CheckIn.Silo.Postgres;

/// <summary>Client hosting extensions that find the cluster's gateways in PostgreSQL through Orleans' ADO.NET provider.</summary>
public static class PostgresClientBuilderExtensions
{
    /// <summary>
    /// Uses Orleans' ADO.NET gateway list on PostgreSQL; the schema is applied before the provider first reads it.
    /// Safe to call twice.
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="dataSource">The one bounded data source the host shares between every PostgreSQL use.</param>
    /// <returns>The client builder, for chaining.</returns>
    public static IClientBuilder UseCheckInPostgresClustering(this IClientBuilder builder, NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(dataSource);
        if (!PostgresProviderMarker.TryAdd(builder.Services, "client-clustering"))
        {
            return builder;
        }

        builder.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgresSiloBuilderExtensions.NpgsqlInvariant;
            options.DataSource = dataSource;
        });

        // Orleans registers its provider as the IGatewayListProvider; replace that registration with a decorator
        // around it, so the schema is in place before the provider's first read.
        var services = builder.Services;
        var original = services.Last(d => d.ServiceType == typeof(IGatewayListProvider));
        var innerType = original.ImplementationType
            ?? throw new InvalidOperationException("Orleans' ADO.NET gateway list provider is no longer registered by type.");
        services.Remove(original);
        services.AddSingleton<IGatewayListProvider>(sp => new SchemaEnsuringGatewayListProvider(
            (IGatewayListProvider)ActivatorUtilities.CreateInstance(sp, innerType),
            dataSource,
            sp.GetRequiredService<ILogger<SchemaEnsuringGatewayListProvider>>()));
        return builder;
    }
}
