using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CheckIn.Silo.Postgres;

/// <summary>
/// Applies the project's PostgreSQL scripts for Orleans' ADO.NET providers (the <c>OrleansQuery</c> table, cluster
/// membership and reminders). The NuGet packages ship no SQL and their providers read their statements from
/// <c>OrleansQuery</c> when they start, so the scripts must be in place before the first provider initializes.
/// </summary>
/// <remarks>
/// Idempotent and safe from several processes at once: each script runs in its own transaction under a shared
/// advisory lock. Within one process the work is done once per data source, however many silos, clients and
/// providers ask for it.
/// </remarks>
public static partial class PostgresSchema
{
    /// <summary>The embedded scripts, in the order they are applied (the later ones insert into <c>OrleansQuery</c>).</summary>
    public static IReadOnlyList<string> ScriptNames { get; } =
    [
        "CheckIn.Silo.Sql.PostgreSQL-Main.sql",
        "CheckIn.Silo.Sql.PostgreSQL-Clustering.sql",
        "CheckIn.Silo.Sql.PostgreSQL-Reminders.sql",
    ];

    private static readonly ConditionalWeakTable<NpgsqlDataSource, Task> s_applied = [];
    private static readonly Lock s_appliedLock = new();

    /// <summary>Applies every script, each in one transaction.</summary>
    /// <param name="dataSource">The process's shared data source.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static Task ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        ApplyAsync(dataSource, NullLogger.Instance, cancellationToken);

    /// <summary>Applies every script, each in one transaction, and logs once when done.</summary>
    /// <param name="dataSource">The process's shared data source.</param>
    /// <param name="logger">Where the one line about the applied schema goes.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(logger);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var name in ScriptNames)
        {
            var sql = ReadScript(name);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = new NpgsqlCommand(sql, connection, transaction))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        LogSchemaApplied(logger, connection.Database, ScriptNames.Count);
    }

    /// <summary>
    /// Applies the scripts once per data source in this process: a co-hosted silo and client, or two test silos,
    /// share one attempt. A failed attempt is forgotten so that the next caller tries again.
    /// </summary>
    internal static Task EnsureAppliedAsync(NpgsqlDataSource dataSource, ILogger logger, CancellationToken cancellationToken)
    {
        lock (s_appliedLock)
        {
            if (s_applied.TryGetValue(dataSource, out var existing) && !existing.IsFaulted && !existing.IsCanceled)
            {
                return existing.WaitAsync(cancellationToken);
            }

            // The shared attempt must not be cancelled by the first caller's token alone.
            var attempt = ApplyAsync(dataSource, logger, CancellationToken.None);
            s_applied.AddOrUpdate(dataSource, attempt);
            return attempt.WaitAsync(cancellationToken);
        }
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(PostgresSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded SQL script '{name}' is missing from {typeof(PostgresSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
