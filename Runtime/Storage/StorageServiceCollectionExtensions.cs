using CheckIn.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Storage;

/// <summary>Registers grain storage providers and the reminder table. Every method is safe to call twice:
/// a name already registered by the same provider kind is kept (its configure actions add up), and a name
/// taken by another provider kind is an error.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds in-memory grain storage named <paramref name="name"/> (lost on restart: tests and development).</summary>
    public static IServiceCollection AddMemoryGrainStorage(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        TryAddStorage(services, name, static (_, key) => new MemoryGrainStorage((string)key!));
        return services;
    }

    /// <summary>Adds SQLite grain storage named <paramref name="name"/> (the embedded default: one process, no server).</summary>
    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services, string name, Action<SqliteStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        AddValidatedOptions(services, name, configure);
        if (TryAddStorage(services, name, static (sp, key) => new SqliteGrainStorage(
                (string)key!,
                sp.GetRequiredService<IOptionsMonitor<SqliteStorageOptions>>().Get((string)key!),
                LoggerOf<SqliteGrainStorage>(sp),
                sp.GetService<TimeProvider>())))
        {
            services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredKeyedService<SqliteGrainStorage>(name));
        }
        return services;
    }

    /// <summary>Adds PostgreSQL grain storage named <paramref name="name"/> (for clusters).</summary>
    public static IServiceCollection AddPostgresGrainStorage(this IServiceCollection services, string name, Action<PostgresStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        AddValidatedOptions(services, name, configure);
        if (TryAddStorage(services, name, static (sp, key) => new PostgresGrainStorage(
                (string)key!,
                sp.GetRequiredService<IOptionsMonitor<PostgresStorageOptions>>().Get((string)key!),
                LoggerOf<PostgresGrainStorage>(sp),
                sp.GetService<TimeProvider>())))
        {
            services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredKeyedService<PostgresGrainStorage>(name));
        }
        return services;
    }

    /// <summary>Adds the in-memory reminder table (lost on restart: tests and development).</summary>
    public static IServiceCollection AddMemoryReminderTable(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        TryAddReminderTable(services, static _ => new MemoryReminderTable());
        return services;
    }

    /// <summary>Adds the SQLite reminder table (table <c>reminders</c>, normally in the grain state's database).
    /// Only <see cref="GroupCommitStorageOptions.ConnectionString"/> applies.</summary>
    public static IServiceCollection AddSqliteReminderTable(this IServiceCollection services, Action<SqliteStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddValidatedOptions(services, Options.DefaultName, configure);
        if (TryAddReminderTable(services, static sp => new SqliteReminderTable(sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value)))
        {
            services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<SqliteReminderTable>());
        }
        return services;
    }

    /// <summary>Adds the PostgreSQL reminder table (table <c>reminders</c>, normally in the grain state's database).
    /// Only <see cref="GroupCommitStorageOptions.ConnectionString"/> applies.</summary>
    public static IServiceCollection AddPostgresReminderTable(this IServiceCollection services, Action<PostgresStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddValidatedOptions(services, Options.DefaultName, configure);
        if (TryAddReminderTable(services, static sp => new PostgresReminderTable(sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value)))
        {
            services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<PostgresReminderTable>());
        }
        return services;
    }

    private static void AddValidatedOptions<TOptions>(IServiceCollection services, string name, Action<TOptions> configure)
        where TOptions : GroupCommitStorageOptions
    {
        services.AddOptions<TOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, GroupCommitStorageOptionsValidator<TOptions>>());
    }

    /// <summary>Registers <typeparamref name="TProvider"/> under <paramref name="name"/> and forwards the keyed
    /// <see cref="IGrainStorage"/> to it. False when that exact registration exists already.</summary>
    private static bool TryAddStorage<TProvider>(IServiceCollection services, string name, Func<IServiceProvider, object?, TProvider> factory)
        where TProvider : class, IGrainStorage
    {
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, name)))
        {
            if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(TProvider) && Equals(d.ServiceKey, name)))
            {
                return false;
            }

            throw new InvalidOperationException(
                $"A grain storage named '{name}' is already registered with another provider; cannot add {typeof(TProvider).Name} under the same name.");
        }

        services.AddKeyedSingleton(name, factory);
        services.AddKeyedSingleton<IGrainStorage>(name, static (sp, key) => sp.GetRequiredKeyedService<TProvider>(key));
        return true;
    }

    /// <summary>Registers <typeparamref name="TTable"/> as the single <see cref="IReminderTable"/>. False when
    /// it is registered already.</summary>
    private static bool TryAddReminderTable<TTable>(IServiceCollection services, Func<IServiceProvider, TTable> factory)
        where TTable : class, IReminderTable
    {
        if (services.Any(d => !d.IsKeyedService && d.ServiceType == typeof(IReminderTable)))
        {
            if (services.Any(d => !d.IsKeyedService && d.ServiceType == typeof(TTable)))
            {
                return false;
            }

            throw new InvalidOperationException(
                $"Another reminder table is already registered; cannot add {typeof(TTable).Name} as well.");
        }

        services.AddSingleton(factory);
        services.AddSingleton<IReminderTable>(static sp => sp.GetRequiredService<TTable>());
        return true;
    }

    private static ILogger<T> LoggerOf<T>(IServiceProvider services) =>
        services.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
