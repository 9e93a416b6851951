namespace CheckIn.Runtime.Storage;

/// <summary>Options of the SQLite grain storage and reminder table (the embedded default: one process, no server).
/// <see cref="GroupCommitStorageOptions.ConnectionString"/> is a Microsoft.Data.Sqlite one, e.g. <c>Data Source=state.db</c>.</summary>
public sealed class SqliteStorageOptions : GroupCommitStorageOptions
{
}
