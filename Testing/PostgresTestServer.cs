using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace CheckIn.Testing;

/// <summary>A throwaway PostgreSQL server for tests and benchmarks: a fresh cluster in a temporary directory,
/// listening on a free loopback port, with <c>fsync</c> on (durable commits are what the storage is measured by).
/// Disposing it stops the server and deletes the directory.</summary>
/// <remarks>When the environment variable <see cref="ExternalServerVariable"/> holds a connection string, that
/// server is used instead and nothing is started; databases made with <see cref="CreateDatabaseAsync"/> are then
/// given a unique suffix and dropped on disposal. The server's own commands (create, drop) use an unpooled connection
/// each, so that a handle holds no connection of a stock server's 100 between them.</remarks>
public sealed partial class PostgresTestServer : IAsyncDisposable
{
    /// <summary>The environment variable that points the tests at an existing server (an Npgsql connection string).</summary>
    public const string ExternalServerVariable = "CHECKIN_TEST_PG";

    private const string PostgresRoot = "/usr/lib/postgresql";
    private const int StartAttempts = 3;
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan s_readyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _adminConnectionString;
    private readonly string? _binDirectory;
    private readonly string? _rootDirectory;
    private readonly bool _runAsPostgres;
    private readonly string? _serverOptions;
    private readonly List<string> _createdDatabases = [];
    private int _disposed;

    private PostgresTestServer(string connectionString, string? binDirectory, string? rootDirectory, bool runAsPostgres, string? serverOptions)
    {
        ConnectionString = connectionString;
        _adminConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        _binDirectory = binDirectory;
        _rootDirectory = rootDirectory;
        _runAsPostgres = runAsPostgres;
        _serverOptions = serverOptions;
    }

    /// <summary>The connection string of the server's <c>postgres</c> database, as superuser <c>postgres</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>True when the server came from <see cref="ExternalServerVariable"/> rather than being started here.</summary>
    public bool IsExternal => _rootDirectory is null;

    /// <summary>Starts a fresh server (or connects to the one named by <see cref="ExternalServerVariable"/>) and
    /// returns once it accepts connections.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">The PostgreSQL server binaries are not installed.</exception>
    public static async Task<PostgresTestServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(ExternalServerVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var server = new PostgresTestServer(external, binDirectory: null, rootDirectory: null, runAsPostgres: false, serverOptions: null);
            await WaitUntilReadyAsync(external, cancellationToken).ConfigureAwait(false);
            return server;
        }

        return await StartOwnAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a fresh server of its own even when <see cref="ExternalServerVariable"/> is set: for fault tests
    /// that stop and start the server (<see cref="StopAsync"/>, <see cref="RestartAsync"/>), which a shared one must not be.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">The PostgreSQL server binaries are not installed.</exception>
    public static async Task<PostgresTestServer> StartOwnAsync(CancellationToken cancellationToken = default)
    {
        var binDirectory = FindBinDirectory();
        var rootDirectory = Path.Combine(Path.GetTempPath(), "checkin-pg-" + Guid.NewGuid().ToString("N"));
        var runAsPostgres = Environment.IsPrivilegedProcess;
        try
        {
            Directory.CreateDirectory(rootDirectory);
            if (runAsPostgres)
            {
                // initdb and postgres refuse to run as root: the cluster belongs to the postgres user.
                await RunCheckedAsync("chown", ["postgres:postgres", rootDirectory], cancellationToken).ConfigureAwait(false);
            }

            var dataDirectory = Path.Combine(rootDirectory, "data");
            await RunToolAsync(binDirectory, runAsPostgres, "initdb",
                ["-D", dataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"],
                cancellationToken).ConfigureAwait(false);

            for (var attempt = 1; ; attempt++)
            {
                var port = LoopbackPorts.Free();
                var options = string.Create(CultureInfo.InvariantCulture,
                    $"-p {port} -k '{rootDirectory}' -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on");
                var started = await RunToolUncheckedAsync(binDirectory, runAsPostgres, "pg_ctl",
                    ["-D", dataDirectory, "-l", Path.Combine(rootDirectory, "server.log"), "-w", "-t", "60", "-o", options, "start"],
                    cancellationToken).ConfigureAwait(false);
                if (started.ExitCode == 0)
                {
                    var connectionString = new NpgsqlConnectionStringBuilder
                    {
                        Host = "127.0.0.1",
                        Port = port,
                        Username = "postgres",
                        Database = "postgres",
                    }.ConnectionString;
                    var server = new PostgresTestServer(connectionString, binDirectory, rootDirectory, runAsPostgres, options);
                    try
                    {
                        await WaitUntilReadyAsync(connectionString, cancellationToken).ConfigureAwait(false);
                        return server;
                    }
                    catch
                    {
                        await server.DisposeAsync().ConfigureAwait(false);
                        throw;
                    }
                }

                // Another process may have taken the port between probing and binding: try another one.
                if (attempt == StartAttempts)
                {
                    throw new InvalidOperationException(
                        $"PostgreSQL did not start after {StartAttempts} attempts. pg_ctl said:{Environment.NewLine}{started.Output}{ReadLog(rootDirectory)}");
                }
            }
        }
        catch
        {
            TryDeleteDirectory(rootDirectory);
            throw;
        }
    }

    /// <summary>Stops the server process as a crash would (<c>pg_ctl stop -m immediate</c>: no checkpoint, every
    /// connection cut), keeping its data directory and port for <see cref="RestartAsync"/>.</summary>
    /// <param name="cancellationToken">Cancels the wait for the stop.</param>
    /// <exception cref="InvalidOperationException">The server is external (not this instance's to stop) or did not stop.</exception>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        ThrowIfExternal();
        await RunToolAsync(_binDirectory!, _runAsPostgres, "pg_ctl",
            ["-D", Path.Combine(_rootDirectory!, "data"), "-m", "immediate", "-w", "-t", "60", "stop"],
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the server stopped by <see cref="StopAsync"/> again, on the same port and data directory (it
    /// recovers from its write-ahead log), and returns once it answers queries.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">The server is external or did not start.</exception>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        ThrowIfExternal();
        var started = await RunToolUncheckedAsync(_binDirectory!, _runAsPostgres, "pg_ctl",
            ["-D", Path.Combine(_rootDirectory!, "data"), "-l", Path.Combine(_rootDirectory!, "server.log"), "-w", "-t", "60", "-o", _serverOptions!, "start"],
            cancellationToken).ConfigureAwait(false);
        if (started.ExitCode != 0)
        {
            throw new InvalidOperationException($"PostgreSQL did not start again. pg_ctl said:{Environment.NewLine}{started.Output}{ReadLog(_rootDirectory!)}");
        }

        await WaitUntilReadyAsync(ConnectionString, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a new, empty database and returns the connection string for it.</summary>
    /// <param name="name">Lower-case letters, digits and underscores, starting with a letter or underscore.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"Database name '{name}' must be lower-case letters, digits and underscores (at most 40), starting with a letter or underscore.", nameof(name));
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        // On a shared external server, a unique name keeps runs apart; a server started here is fresh anyway.
        var database = IsExternal ? $"{name}_{Guid.NewGuid():N}"[..Math.Min(name.Length + 33, 63)] : name;
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        lock (_createdDatabases)
        {
            _createdDatabases.Add(database);
        }

        return DatabaseConnectionString(database);
    }

    /// <summary>Stops the server at once (<c>pg_ctl stop -m immediate</c>) and deletes its directory; on an external
    /// server, drops the databases this instance created. Either way the Npgsql pools of those databases are cleared
    /// first, and only theirs: other databases of the process keep their idle connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        string[] databases;
        lock (_createdDatabases)
        {
            databases = [.. _createdDatabases];
        }

        foreach (var database in databases)
        {
            using var pooled = new NpgsqlConnection(DatabaseConnectionString(database));
            NpgsqlConnection.ClearPool(pooled);
        }

        if (IsExternal)
        {
            await DropDatabasesAsync(databases).ConfigureAwait(false);
            return;
        }

        try
        {
            await RunToolUncheckedAsync(_binDirectory!, _runAsPostgres, "pg_ctl",
                ["-D", Path.Combine(_rootDirectory!, "data"), "-m", "immediate", "-w", "-t", "60", "stop"],
                CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            TryDeleteDirectory(_rootDirectory!);
        }
    }

    private void ThrowIfExternal()
    {
        if (IsExternal)
        {
            throw new InvalidOperationException($"The server named by {ExternalServerVariable} is shared: start one of its own with {nameof(StartOwnAsync)} to stop and start it.");
        }
    }

    private string DatabaseConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    private async Task DropDatabasesAsync(string[] databases)
    {
        if (databases.Length == 0)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        foreach (var database in databases)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    private static string FindBinDirectory()
    {
        var candidates = Directory.Exists(PostgresRoot)
            ? Directory.GetDirectories(PostgresRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 0)
                .ToList()
            : [];
        return candidates.Count > 0
            ? candidates[0]
            : throw new InvalidOperationException(
                $"PostgreSQL server binaries were not found under {PostgresRoot}/*/bin. Run the tests with ./scripts/test.sh as " +
                $"README.md says (it installs PostgreSQL and starts a server), or set {ExternalServerVariable} to the connection string of a running server.");
    }


    /// <summary>Polls until the server accepts a connection and answers a query, up to a deadline.</summary>
    private static async Task WaitUntilReadyAsync(string connectionString, CancellationToken cancellationToken)
    {
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 }.ConnectionString;
        var deadline = DateTime.UtcNow + s_readyTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task RunToolAsync(string binDirectory, bool runAsPostgres, string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var result = await RunToolUncheckedAsync(binDirectory, runAsPostgres, tool, arguments, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed with exit code {result.ExitCode}:{Environment.NewLine}{result.Output}");
        }
    }

    private static Task<ProcessRunner.Result> RunToolUncheckedAsync(string binDirectory, bool runAsPostgres, string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(binDirectory, tool);
        return runAsPostgres
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], s_commandTimeout, cancellationToken)
            : ProcessRunner.RunAsync(path, arguments, s_commandTimeout, cancellationToken);
    }

    private static async Task RunCheckedAsync(string fileName, string[] arguments, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(fileName, arguments, s_commandTimeout, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} failed with exit code {result.ExitCode}:{Environment.NewLine}{result.Output}");
        }
    }

    private static string ReadLog(string rootDirectory)
    {
        var log = Path.Combine(rootDirectory, "server.log");
        return File.Exists(log) ? $"{Environment.NewLine}server.log:{Environment.NewLine}{File.ReadAllText(log)}" : string.Empty;
    }

    private static void TryDeleteDirectory(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover directory in the temp folder must not fail the test run.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,39}$")]
    private static partial Regex DatabaseName();
}
