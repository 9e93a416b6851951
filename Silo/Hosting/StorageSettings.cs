namespace CheckIn.Silo.Hosting;

/// <summary>Grain state and reminders (section <c>Storage</c>).</summary>
public sealed class StorageSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>The SQLite file a development run uses when nothing is configured.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=checkin.db";

    /// <summary>The provider.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Its connection string (SQLite: <see cref="DefaultSqliteConnectionString"/> when empty).</summary>
    public string? ConnectionString { get; set; }
}
