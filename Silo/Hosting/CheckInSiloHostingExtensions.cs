using CheckIn.Grains.Booking;
using CheckIn.Grains.CheckIn;
using CheckIn.Silo.Diagnostics;
using CheckIn.Silo.Postgres;
using CheckIn.Silo.Reminders;
using CheckIn.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace CheckIn.Silo.Hosting;

/// <summary>The one place where Orleans is configured for this product, used by the silo host, the web front's
/// co-hosted silo and the test clusters alike, so that the three never drift.</summary>
public static class CheckInSiloHostingExtensions
{
    /// <summary>The name of the grain storage every grain uses (Orleans' default name).</summary>
    public const string GrainStorageName = "Default";

    /// <summary>Hosts a silo in this process: clustering from the <c>Cluster</c> section (alone on loopback, or
    /// a PostgreSQL membership table), then everything <see cref="AddCheckInSilo"/> adds.</summary>
    public static IHostApplicationBuilder UseCheckInSilo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseOrleans(silo => silo.UseCheckInClustering().AddCheckInSilo());
        return builder;
    }

    /// <summary>Makes this process a client of the cluster named in the <c>ClusterClient</c> section (gateways read
    /// from its PostgreSQL membership table), with the domain services that run at the caller.</summary>
    public static IHostApplicationBuilder UseCheckInClusterClient(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = Bind<ClusterClientSettings>(builder.Configuration, ClusterClientSettings.SectionName);
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw new InvalidOperationException("ClusterClient:ConnectionString is empty: a cluster client needs the PostgreSQL database of the cluster's membership table.");
        }

        AddDomainServices(builder.Services, builder.Configuration);
        var dataSource = PostgresDataSources.GetOrCreate(builder.Services, builder.Configuration, settings.ConnectionString);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = settings.CallTimeout);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = settings.GatewayRefreshPeriod);
            client.UseCheckInPostgresClustering(dataSource);
            client.AddDashboard();
        });
        return builder;
    }

    /// <summary>Chooses the silo's clustering from the <c>Cluster</c> section: Orleans' localhost clustering when no
    /// connection string is set, else ADO.NET clustering on PostgreSQL with failure detection tuned so that a killed
    /// silo's grains serve elsewhere within seconds. Test clusters skip this and bring their own.</summary>
    public static ISiloBuilder UseCheckInClustering(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var settings = Bind<ClusterSettings>(silo.Configuration, ClusterSettings.SectionName);
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            silo.UseLocalhostClustering(settings.Port, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
            return silo;
        }

        if (!System.Net.IPAddress.TryParse(settings.Address, out var address))
        {
            throw new InvalidOperationException($"Cluster:Address '{settings.Address}' is not an IP address.");
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        silo.ConfigureEndpoints(address, settings.Port, settings.GatewayPort, listenOnAnyHostAddress: false);
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = settings.ProbeTimeout;
            o.NumMissedProbesLimit = settings.MissedProbesLimit;
            o.NumVotesForDeathDeclaration = settings.VotesToDeclareDead;
            o.IAmAliveTablePublishTimeout = settings.IAmAlivePeriod;
            o.TableRefreshTimeout = settings.TableRefreshPeriod;
        });

        // The distributed directory (AddCheckInSilo) leases a dead silo's ranges for RangeLeaseDuration counted from
        // its estimated failure, i.e. minus the failure-detection window (MaxProbeTimeout x missed probes).
        silo.Services.AddOptions<GrainDirectoryOptions>()
            .Configure<IOptions<ClusterMembershipOptions>>((o, membership) =>
                o.RangeLeaseDuration = membership.Value.MaxProbeTimeout * membership.Value.NumMissedProbesLimit + settings.DeadSiloGrace);
        silo.UseCheckInPostgresClustering(PostgresDataSources.GetOrCreate(silo.Services, silo.Configuration, settings.ConnectionString));
        return silo;
    }

    /// <summary>Everything a check-in silo needs except clustering: the domain's services, grain storage and
    /// reminders from the <c>Storage</c> section, back-pressure and timeouts from the <c>Silo</c> section, state
    /// serialized as System.Text.Json (tolerant of added and removed fields), and the dashboard's collector.
    /// Safe to call twice.</summary>
    public static ISiloBuilder AddCheckInSilo(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (silo.Services.Any(static d => d.ServiceType == typeof(CheckInSiloMarker)))
        {
            return silo;
        }

        silo.Services.AddSingleton<CheckInSiloMarker>();
        var configuration = silo.Configuration;
        AddDomainServices(silo.Services, configuration);
        silo.Services.TryAddSingleton<ProbeActivationLog>();

        var settings = Bind<SiloSettings>(configuration, SiloSettings.SectionName);
        silo.Configure<SiloMessagingOptions>(o =>
        {
            o.ResponseTimeout = settings.CallTimeout;
            o.MaxEnqueuedRequestsHardLimit = settings.MaxQueueLength;
        });
        silo.Configure<LoadSheddingOptions>(o =>
        {
            o.LoadSheddingEnabled = settings.LoadShedding;
            o.CpuThreshold = settings.LoadSheddingCpuThreshold;
        });
        silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = settings.IdleTimeout);

        // Orleans' default grain directory is eventually consistent: while a silo leaves, a grain whose directory
        // entry lived on the leaving silo can be activated a second time elsewhere for a moment (seen in
        // Tests/Cluster with SIGTERM). The distributed directory hands ranges over by membership version, so one
        // key never has two live activations; slots and venues rely on that, ETags only catch it afterwards.
#pragma warning disable ORLEANSEXP003 // Experimental in 10.4.2; proven here by Tests/Cluster/MultiProcessClusterTests.
        silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = settings.MinimumReminderPeriod);
        silo.UseSystemTextJsonGrainStorageSerializer();
        AddStorage(silo, Bind<StorageSettings>(configuration, StorageSettings.SectionName));
        silo.AddDashboard();
        return silo;
    }

    private static void AddStorage(ISiloBuilder silo, StorageSettings storage)
    {
        switch (storage.Provider)
        {
            case StorageProvider.Sqlite:
                var file = string.IsNullOrWhiteSpace(storage.ConnectionString) ? StorageSettings.DefaultSqliteConnectionString : storage.ConnectionString;
                silo.AddCheckInSqliteGrainStorage(GrainStorageName, o => o.ConnectionString = file);
                silo.UseCheckInSqliteReminders(o => o.ConnectionString = file);
                break;
            case StorageProvider.Postgres:
                if (string.IsNullOrWhiteSpace(storage.ConnectionString))
                {
                    throw new InvalidOperationException("Storage:ConnectionString is empty: the Postgres provider needs a PostgreSQL connection string.");
                }

                var dataSource = PostgresDataSources.GetOrCreate(silo.Services, silo.Configuration, storage.ConnectionString);
                silo.AddCheckInPostgresGrainStorage(GrainStorageName, o => o.DataSource = dataSource);
                silo.UseCheckInPostgresReminders(dataSource);
                break;
            case StorageProvider.Memory:
                silo.AddMemoryGrainStorage(GrainStorageName);
                silo.UseInMemoryReminderService();
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{storage.Provider}' is not one of Sqlite, Postgres, Memory.");
        }
    }

    private static void AddDomainServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddBookingServices(configuration);
        services.AddCheckInServices(configuration);
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"The '{section}' configuration section is invalid: {e.Message}", e);
        }
    }

    private sealed class CheckInSiloMarker;
}
