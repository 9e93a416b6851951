using CheckIn.Silo.Postgres;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Silo.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace CheckIn.Tests.Silo.Postgres;

/// <summary>
/// The reminder table contract on Orleans' own ADO.NET reminder table running the project's PostgreSQL queries:
/// proves the range queries (signed hashes, wrap-around) and the ETag checks of PostgreSQL-Reminders.sql.
/// </summary>
public sealed class PostgresReminderTableTests(PostgresDatabaseFixture database) : ReminderTableContractTests, IClassFixture<PostgresDatabaseFixture>
{
    private ServiceProvider? _services;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    protected override async Task<IReminderTable> CreateTableAsync(string serviceId)
    {
        await PostgresSchema.ApplyAsync(database.DataSource, Ct);
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<ClusterOptions>(o =>
        {
            o.ServiceId = serviceId;
            o.ClusterId = "test";
        });
        services.UseAdoNetReminderService(options => options.Configure(o =>
        {
            o.Invariant = PostgresSiloBuilderExtensions.NpgsqlInvariant;
            o.DataSource = database.DataSource;
        }));
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<IReminderTable>();
    }
}
