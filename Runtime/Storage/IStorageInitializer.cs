namespace CheckIn.Runtime.Storage;

/// <summary>Creates what a storage provider needs in its database (tables, indexes) before first use.
/// Implementations are idempotent and safe when several processes initialize the same database at once.</summary>
internal interface IStorageInitializer
{
    /// <summary>Creates the schema if it does not exist yet.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
