using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The baseline: the stampede the way the reference systems were built. Stateless ASP.NET Core handlers,
/// no actors; each reservation is one PostgreSQL transaction, a conditional UPDATE of the slot row (the database's
/// row lock settles the contention) and an INSERT of the reservation. Runs as <c>burst-serve baseline</c>.</summary>
internal static class BaselineServer
{
    /// <summary>The tables, made fresh for each run. The unique resident id keeps a resident to one booking.</summary>
    public const string Schema = """
        CREATE TABLE burst_slots (id text PRIMARY KEY, capacity int NOT NULL, reserved int NOT NULL DEFAULT 0);
        CREATE TABLE burst_reservations (
            id uuid PRIMARY KEY,
            slot_id text NOT NULL REFERENCES burst_slots (id),
            resident_id text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now());
        """;

    /// <summary>The server's connections at most. A stock PostgreSQL allows 100 (<c>max_connections</c>), and Npgsql's
    /// default pool would take all of them under load; requests beyond this wait in the pool, as in a production
    /// deployment that leaves room for its other clients.</summary>
    public const int MaxPoolSize = 64;

    public static async Task<int> RunAsync(string connectionString)
    {
        var pooled = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = MaxPoolSize }.ConnectionString;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(pooled));
        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok());
        app.MapPost("/reservations", ReserveAsync);
        await app.RunAsync();
        return 0;
    }

    public static async Task CreateAsync(string connectionString, IEnumerable<(string Id, int Capacity)> slots)
    {
        await using var data = NpgsqlDataSource.Create(connectionString);
        await using (var schema = data.CreateCommand(Schema))
        {
            await schema.ExecuteNonQueryAsync();
        }

        await using var importer = await (await data.OpenConnectionAsync()).BeginBinaryImportAsync("COPY burst_slots (id, capacity) FROM STDIN (FORMAT BINARY)");
        foreach (var (id, capacity) in slots)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(id);
            await importer.WriteAsync(capacity);
        }

        await importer.CompleteAsync();
    }

    private static async Task<Results<Created<BaselineReservation>, ProblemHttpResult>> ReserveAsync(BaselineReservationRequest request, NpgsqlDataSource data)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var update = new NpgsqlCommand("UPDATE burst_slots SET reserved = reserved + 1 WHERE id = $1 AND reserved < capacity", connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter { Value = request.SlotId });
            if (await update.ExecuteNonQueryAsync() == 0)
            {
                await transaction.RollbackAsync();
                return Refusal(BurstOutcomes.SlotFull);
            }
        }

        var id = Guid.NewGuid();
        try
        {
            await using var insert = new NpgsqlCommand("INSERT INTO burst_reservations (id, slot_id, resident_id) VALUES ($1, $2, $3)", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = id });
            insert.Parameters.Add(new NpgsqlParameter { Value = request.SlotId });
            insert.Parameters.Add(new NpgsqlParameter { Value = request.ResidentId });
            await insert.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await transaction.RollbackAsync();
            return Refusal("already_booked");
        }

        await transaction.CommitAsync();
        return TypedResults.Created($"/reservations/{id}", new BaselineReservation(id.ToString()));
    }

    private static ProblemHttpResult Refusal(string code)
        => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: code, extensions: new Dictionary<string, object?> { ["code"] = code });
}
