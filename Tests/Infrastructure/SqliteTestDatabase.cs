namespace CheckIn.Tests.Infrastructure;

/// <summary>A SQLite database in a temporary file, deleted (with its WAL files) on disposal.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    public SqliteTestDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"checkin-test-{Guid.NewGuid():N}.db");
        ConnectionString = $"Data Source={Path}";
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
