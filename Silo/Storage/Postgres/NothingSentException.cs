using Npgsql;

namespace CheckIn.Silo.Storage.Postgres;

/// <summary>Marks an error raised before anything of a batch reached the server (getting the connection), so the
/// retry loop may try again whatever the statements were. Never leaves <see cref="PostgresGrainStorage"/>.</summary>
internal sealed class NothingSentException(NpgsqlException error) : Exception(error.Message, error)
{
    /// <summary>The original error, rethrown when no retry is left.</summary>
    public NpgsqlException Error { get; } = error;
}
