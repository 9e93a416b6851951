using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CheckIn.Silo.Hosting;

/// <summary>One bounded <see cref="NpgsqlDataSource"/> per database and process, shared by every PostgreSQL use (grain
/// state, reminders, membership) and disposed with the host's container. Connection strings that name the same
/// settings in another order, case or alias (<c>Server</c> for <c>Host</c>) share one data source, so a process never
/// holds two pools of <see cref="PostgresSettings.MaxPoolSize"/> for one database.</summary>
internal static class PostgresDataSources
{
    public static NpgsqlDataSource GetOrCreate(IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var registry = services.Where(static d => d.ServiceType == typeof(RegistryLookup)).Select(static d => d.ImplementationInstance).OfType<RegistryLookup>().FirstOrDefault()?.Registry;
        if (registry is null)
        {
            registry = new Registry();
            services.AddSingleton(new RegistryLookup(registry));
            // Created by a factory, the registry is disposed with the container (instances given to it are not);
            // the hosted service makes sure it is created.
            services.AddSingleton(_ => registry);
            services.AddHostedService(static sp => new RegistryOwner(sp.GetRequiredService<Registry>()));
        }

        var settings = configuration.GetSection(PostgresSettings.SectionName).Get<PostgresSettings>() ?? new PostgresSettings();
        if (settings.MaxPoolSize < 1)
        {
            throw new InvalidOperationException($"Postgres:MaxPoolSize must be at least 1 (was {settings.MaxPoolSize}).");
        }

        return registry.GetOrCreate(connectionString, settings);
    }

    private sealed record RegistryLookup(Registry Registry);

    private sealed class RegistryOwner(Registry registry) : Microsoft.Extensions.Hosting.IHostedService
    {
        public Registry Registry { get; } = registry;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The data sources of one container; disposing the container closes their connections.</summary>
    internal sealed class Registry : IAsyncDisposable
    {
        private readonly Dictionary<string, NpgsqlDataSource> _sources = new(StringComparer.Ordinal);

        public NpgsqlDataSource GetOrCreate(string connectionString, PostgresSettings settings)
        {
            var key = Canonical(connectionString);
            lock (_sources)
            {
                if (!_sources.TryGetValue(key, out var source))
                {
                    var builder = new NpgsqlConnectionStringBuilder(connectionString)
                    {
                        MaxPoolSize = settings.MaxPoolSize,
                        Timeout = Math.Max(1, (int)settings.ConnectionWait.TotalSeconds),
                    };
                    source = NpgsqlDataSource.Create(builder.ConnectionString);
                    _sources.Add(key, source);
                }

                return source;
            }
        }

        /// <summary>The settings of <paramref name="connectionString"/> under Npgsql's own names, in one order.</summary>
        internal static string Canonical(string connectionString)
        {
            var settings = new NpgsqlConnectionStringBuilder(connectionString);
            return string.Join(';', settings
                .Select(static s => KeyValuePair.Create(s.Key, Convert.ToString(s.Value, CultureInfo.InvariantCulture)))
                .OrderBy(static s => s.Key, StringComparer.OrdinalIgnoreCase)
                .Select(static s => $"{s.Key}={s.Value}"));
        }

        public async ValueTask DisposeAsync()
        {
            NpgsqlDataSource[] sources;
            lock (_sources)
            {
                sources = [.. _sources.Values];
                _sources.Clear();
            }

            foreach (var source in sources)
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
