namespace CheckIn.Silo.Storage;

/// <summary>Options of the SQLite grain storage: the embedded default, one process, no server.</summary>
public sealed class SqliteGrainStorageOptions : GroupCommitGrainStorageOptions
{
    /// <summary>A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=checkin.db</c>. Required. The file is
    /// created if missing and switched to WAL mode; the table <c>checkin_grain_state</c> is created at start.</summary>
    public string ConnectionString { get; set; } = string.Empty;
}
