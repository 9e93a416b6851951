using CheckIn.Silo.Storage.Postgres;
using CheckIn.Silo.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace CheckIn.Silo.Storage;

/// <summary>Registers the project's grain storage providers on a silo, in the shape of Orleans' own
/// <c>AddXyzGrainStorage</c> methods. Every method is safe to call twice: a name already registered by the same
/// provider keeps its registration (the configure actions add up), and a name taken by another provider is an error.</summary>
public static class CheckInStorageSiloBuilderExtensions
{
    /// <summary>Adds SQLite grain storage named <paramref name="name"/> (the embedded default: one process, no server).
    /// Use <see cref="ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME"/> ("Default") for grains that name no storage.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The provider name grains give in <c>[PersistentState("state", "name")]</c>.</param>
    /// <param name="configure">Sets the options; at least <see cref="SqliteGrainStorageOptions.ConnectionString"/>.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddCheckInSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddCheckInSqliteGrainStorage(name, options => options.Configure(configure));
    }

    /// <summary>Adds SQLite grain storage named <paramref name="name"/>, configured through an options builder
    /// (e.g. <c>ob =&gt; ob.BindConfiguration("Storage:Sqlite")</c>).</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The provider name grains give in <c>[PersistentState("state", "name")]</c>.</param>
    /// <param name="configureOptions">Configures the named options.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddCheckInSqliteGrainStorage(this ISiloBuilder builder, string name, Action<OptionsBuilder<SqliteGrainStorageOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configureOptions);
        configureOptions(builder.Services.AddOptions<SqliteGrainStorageOptions>(name));
        AddProvider<SqliteGrainStorageOptions, SqliteGrainStorage>(builder.Services, name, static (services, key) => new SqliteGrainStorage(
            key,
            services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(key),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<ILogger<SqliteGrainStorage>>(),
            services.GetService<TimeProvider>()));
        return builder;
    }

    /// <summary>Adds PostgreSQL grain storage with group commit named <paramref name="name"/> (for clusters).</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The provider name grains give in <c>[PersistentState("state", "name")]</c>.</param>
    /// <param name="configure">Sets the options; at least <see cref="PostgresGrainStorageOptions.DataSource"/> (the
    /// process's shared data source) or <see cref="PostgresGrainStorageOptions.ConnectionString"/>.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddCheckInPostgresGrainStorage(this ISiloBuilder builder, string name, Action<PostgresGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddCheckInPostgresGrainStorage(name, options => options.Configure(configure));
    }

    /// <summary>Adds PostgreSQL grain storage named <paramref name="name"/>, configured through an options builder
    /// (e.g. <c>ob =&gt; ob.Configure&lt;NpgsqlDataSource&gt;((o, ds) =&gt; o.DataSource = ds)</c>).</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The provider name grains give in <c>[PersistentState("state", "name")]</c>.</param>
    /// <param name="configureOptions">Configures the named options.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddCheckInPostgresGrainStorage(this ISiloBuilder builder, string name, Action<OptionsBuilder<PostgresGrainStorageOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configureOptions);
        configureOptions(builder.Services.AddOptions<PostgresGrainStorageOptions>(name));
        AddProvider<PostgresGrainStorageOptions, PostgresGrainStorage>(builder.Services, name, static (services, key) => new PostgresGrainStorage(
            key,
            services.GetRequiredService<IOptionsMonitor<PostgresGrainStorageOptions>>().Get(key),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<ILogger<PostgresGrainStorage>>(),
            services.GetService<TimeProvider>()));
        return builder;
    }

    private static void AddProvider<TOptions, TProvider>(IServiceCollection services, string name, Func<IServiceProvider, string, TProvider> factory)
        where TOptions : GroupCommitGrainStorageOptions
        where TProvider : GroupCommitGrainStorage
    {
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, name)))
        {
            if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(TProvider) && Equals(d.ServiceKey, name)))
            {
                return;
            }

            throw new InvalidOperationException(
                $"A grain storage named '{name}' is already registered with another provider; cannot add {typeof(TProvider).Name} under the same name.");
        }

        services.AddOptions<TOptions>(name).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new GroupCommitGrainStorageOptionsValidator<TOptions>(name));
        // Fills GrainStorageSerializer, when not set, with the serializer keyed by the provider name or the silo's default.
        services.TryAddEnumerable(ServiceDescriptor.Transient<IPostConfigureOptions<TOptions>, DefaultStorageProviderSerializerOptionsConfigurator<TOptions>>());
        services.AddKeyedSingleton(name, (sp, key) => factory(sp, (string)key!));
        services.AddKeyedSingleton<IGrainStorage>(name, static (sp, key) => sp.GetRequiredKeyedService<TProvider>(key));
        if (string.Equals(name, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, StringComparison.Ordinal))
        {
            services.TryAddSingleton(static sp => sp.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        }

        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredKeyedService<TProvider>(name));
    }
}
