namespace CheckIn.Runtime.Storage;

/// <summary>Options of the PostgreSQL grain storage and reminder table (for clusters).
/// <see cref="GroupCommitStorageOptions.ConnectionString"/> is an Npgsql one.</summary>
public sealed class PostgresStorageOptions : GroupCommitStorageOptions
{
}
