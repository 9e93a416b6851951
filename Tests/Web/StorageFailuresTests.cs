using System.Net.Sockets;
using CheckIn.WebFront.Errors;
using Npgsql;

namespace CheckIn.Tests.Web;

/// <summary>Which storage failures the web front answers 503 (retry later) rather than 500: a database that cannot be
/// reached, is shutting down or starting, however deep Orleans or the caller wrapped it; not a bug such as a violated
/// constraint, nor an unrelated exception.</summary>
public sealed class StorageFailuresTests
{
    [Fact]
    public void IsUnavailable_ConnectionRefusedWrappedTwice_True()
        => Assert.True(StorageFailures.IsUnavailable(new OrleansException("activation failed", new OrleansException("storage", Refused()))));

    [Fact]
    public void IsUnavailable_InsideAggregate_True()
        => Assert.True(StorageFailures.IsUnavailable(new AggregateException(new InvalidOperationException("other"), new OrleansException("storage", Refused()))));

    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown)]
    [InlineData(PostgresErrorCodes.CrashShutdown)]
    [InlineData(PostgresErrorCodes.CannotConnectNow)]
    [InlineData(PostgresErrorCodes.TooManyConnections)]
    [InlineData(PostgresErrorCodes.ConnectionFailure)]
    public void IsUnavailable_ServerShuttingDownStartingOrOutOfConnections_True(string sqlState)
        => Assert.True(StorageFailures.IsUnavailable(new OrleansException("storage", Server(sqlState))));

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.SyntaxError)]
    [InlineData(PostgresErrorCodes.UndefinedTable)]
    public void IsUnavailable_ErrorThatRetryingCannotMend_False(string sqlState)
        => Assert.False(StorageFailures.IsUnavailable(new OrleansException("storage", Server(sqlState))));

    [Fact]
    public void IsUnavailable_UnrelatedException_False()
        => Assert.False(StorageFailures.IsUnavailable(new InvalidOperationException("bug", new ArgumentException("bad"))));

    private static NpgsqlException Refused() => new("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

    private static PostgresException Server(string sqlState) => new("server said no", "FATAL", "FATAL", sqlState);
}
