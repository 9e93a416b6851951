using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CheckIn.Silo.Postgres;

/// <summary>Silo hosting extensions that put Orleans' own ADO.NET providers on PostgreSQL, with the project's schema.</summary>
public static class PostgresSiloBuilderExtensions
{
    /// <summary>The ADO.NET invariant name Orleans uses for Npgsql.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Uses Orleans' ADO.NET membership table on PostgreSQL and applies the schema before it starts. Safe to call twice.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="dataSource">The one bounded data source the host shares between every PostgreSQL use.</param>
    /// <returns>The silo builder, for chaining.</returns>
    public static ISiloBuilder UseCheckInPostgresClustering(this ISiloBuilder builder, NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(dataSource);
        if (!PostgresProviderMarker.TryAdd(builder.Services, "silo-clustering"))
        {
            return builder;
        }

        AddSchemaParticipant(builder.Services, dataSource);
        return builder.UseAdoNetClustering(options =>
        {
            options.Invariant = NpgsqlInvariant;
            options.DataSource = dataSource;
        });
    }

    /// <summary>
    /// Adds Orleans' reminder service with its ADO.NET reminder table on PostgreSQL, and applies the schema before it
    /// starts. Safe to call twice.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="dataSource">The one bounded data source the host shares between every PostgreSQL use.</param>
    /// <returns>The silo builder, for chaining.</returns>
    public static ISiloBuilder UseCheckInPostgresReminders(this ISiloBuilder builder, NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(dataSource);
        if (!PostgresProviderMarker.TryAdd(builder.Services, "silo-reminders"))
        {
            return builder;
        }

        AddSchemaParticipant(builder.Services, dataSource);
        return builder.UseAdoNetReminderService(options =>
        {
            options.Invariant = NpgsqlInvariant;
            options.DataSource = dataSource;
        });
    }

    private static void AddSchemaParticipant(IServiceCollection services, NpgsqlDataSource dataSource) =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, PostgresSchemaLifecycleParticipant>(
            sp => new PostgresSchemaLifecycleParticipant(dataSource, sp.GetRequiredService<ILogger<PostgresSchemaLifecycleParticipant>>())));
}
