namespace CheckIn.Runtime.Hosting;

/// <summary>The default storage, bound from the <c>Storage</c> section (<c>Storage__Provider</c>,
/// <c>Storage__ConnectionString</c>) when the host does not choose one in code.</summary>
public sealed class SiloStorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The SQLite database used when no connection string is configured.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=checkin.db";

    /// <summary>The provider; SQLite unless configured.</summary>
    public SiloStorageProvider Provider { get; set; } = SiloStorageProvider.Sqlite;

    /// <summary>The provider's connection string.</summary>
    public string? ConnectionString { get; set; }
}
