using System.Reflection;
using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Membership;
using CheckIn.Runtime.Reminders;
using CheckIn.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Runtime.Hosting;

/// <summary>Configures a silo inside <see cref="SiloHostingExtensions.AddSilo"/>: which grain classes it
/// hosts and where their state and reminders are stored.</summary>
public sealed class SiloBuilder
{
    internal SiloBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The host's services, for registering further storage providers or grain dependencies.</summary>
    public IServiceCollection Services { get; }

    internal bool StorageConfigured { get; private set; }

    internal bool ClusterConfigured { get; private set; }

    /// <summary>Makes the silo a member of a cluster: membership in PostgreSQL, consistent-hash placement, TCP
    /// between silos. Options come from the <c>Cluster</c> section, then <paramref name="configure"/>.</summary>
    public SiloBuilder UseCluster(Action<ClusterOptions>? configure = null)
    {
        var options = Services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.SectionName).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        ClusterConfigured = true;
        return this;
    }

    /// <summary>Hosts the grain classes of <paramref name="assembly"/>.</summary>
    public SiloBuilder AddGrains(Assembly assembly)
    {
        GrainAssemblyList.Add(Services, assembly);

        return this;
    }

    /// <summary>Keeps the default state store and reminders in memory (tests, benchmarks).</summary>
    public SiloBuilder UseMemoryStorage()
    {
        Services.AddMemoryGrainStorage(GrainStorageNames.Default);
        Services.AddMemoryReminderTable();
        StorageConfigured = true;
        return this;
    }

    /// <summary>Keeps the default state store and reminders in an embedded SQLite database.</summary>
    public SiloBuilder UseSqliteStorage(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        Services.AddSqliteGrainStorage(GrainStorageNames.Default, o => o.ConnectionString = connectionString);
        Services.AddSqliteReminderTable(o => o.ConnectionString = connectionString);
        StorageConfigured = true;
        return this;
    }

    /// <summary>Keeps the default state store and reminders in PostgreSQL.</summary>
    public SiloBuilder UsePostgresStorage(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        Services.AddPostgresGrainStorage(GrainStorageNames.Default, o => o.ConnectionString = connectionString);
        Services.AddPostgresReminderTable(o => o.ConnectionString = connectionString);
        StorageConfigured = true;
        return this;
    }

    /// <summary>Uses the given provider instances as the default store and reminder table (the test host
    /// keeps its in-memory ones across restarts this way).</summary>
    internal SiloBuilder UseStorage(IGrainStorage storage, IReminderTable reminders)
    {
        Services.AddKeyedSingleton(GrainStorageNames.Default, storage);
        Services.AddSingleton(reminders);
        StorageConfigured = true;
        return this;
    }

    internal void UseConfiguredStorage(SiloStorageOptions storage)
    {
        switch (storage.Provider)
        {
            case SiloStorageProvider.Memory:
                UseMemoryStorage();
                break;
            case SiloStorageProvider.Postgres:
                UsePostgresStorage(storage.ConnectionString ?? throw new InvalidOperationException(
                    $"{SiloStorageOptions.SectionName}:ConnectionString is required when {SiloStorageOptions.SectionName}:Provider is Postgres."));
                break;
            default:
                UseSqliteStorage(string.IsNullOrEmpty(storage.ConnectionString) ? SiloStorageOptions.DefaultSqliteConnectionString : storage.ConnectionString);
                break;
        }
    }
}
