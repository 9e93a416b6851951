using Microsoft.Extensions.Logging;
using Npgsql;

namespace CheckIn.Silo.Postgres;

/// <summary>
/// Applies the schema at <see cref="ServiceLifecycleStage.RuntimeInitialize"/>: Orleans initializes the membership
/// table and the reminder table at <see cref="ServiceLifecycleStage.RuntimeGrainServices"/>, and both read
/// <c>OrleansQuery</c> right then, so this stage is early enough and the silo does not start without its schema.
/// </summary>
internal sealed class PostgresSchemaLifecycleParticipant(NpgsqlDataSource dataSource, ILogger<PostgresSchemaLifecycleParticipant> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle observer) =>
        observer.Subscribe(
            nameof(PostgresSchemaLifecycleParticipant),
            ServiceLifecycleStage.RuntimeInitialize,
            cancellationToken => PostgresSchema.EnsureAppliedAsync(dataSource, logger, cancellationToken),
            _ => Task.CompletedTask);
}
