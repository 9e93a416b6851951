using CheckIn.Benchmarks.CheckIn;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.Burst;

/// <summary>A fresh database for one scenario run: a new database on the run's PostgreSQL server, or a SQLite file
/// in a temporary directory (deleted on disposal).</summary>
internal sealed class BurstDatabase : IAsyncDisposable
{
    private static int s_created;
    private readonly string? _sqliteDirectory;

    private BurstDatabase(BenchmarkStorage storage, string connectionString, string? sqliteDirectory)
    {
        Storage = storage;
        ConnectionString = connectionString;
        _sqliteDirectory = sqliteDirectory;
    }

    public BenchmarkStorage Storage { get; }

    public string ConnectionString { get; }

    /// <summary>The storage as the report names it.</summary>
    public string Name => StorageName(Storage);

    /// <summary>The configuration that points a silo (in-process or in the web front) at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = Storage == BenchmarkStorage.Postgres ? "Postgres" : "Sqlite",
        ["Storage:ConnectionString"] = ConnectionString,
    };

    public static string StorageName(BenchmarkStorage storage) => storage == BenchmarkStorage.Postgres ? "PostgreSQL" : "SQLite";

    public static async Task<BurstDatabase> CreateAsync(BenchmarkStorage storage, PostgresTestServer? postgres, string name)
    {
        if (storage == BenchmarkStorage.Postgres)
        {
            ArgumentNullException.ThrowIfNull(postgres);
            var database = $"burst_{name}_{Interlocked.Increment(ref s_created)}";
            return new BurstDatabase(storage, await postgres.CreateDatabaseAsync(database), null);
        }

        var directory = Directory.CreateTempSubdirectory("checkin-burst-").FullName;
        return new BurstDatabase(storage, $"Data Source={Path.Combine(directory, "burst.db")}", directory);
    }

    public ValueTask DisposeAsync()
    {
        if (_sqliteDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteDirectory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
