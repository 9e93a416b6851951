namespace CheckIn.Benchmarks.CheckIn;

/// <summary>Where a check-in benchmark silo keeps its state.</summary>
public enum BenchmarkStorage
{
    /// <summary>An embedded SQLite file in a temporary directory (synchronous = FULL).</summary>
    Sqlite,

    /// <summary>A throwaway PostgreSQL 15 server (fsync on), or the one named by CHECKIN_TEST_PG.</summary>
    Postgres,
}
