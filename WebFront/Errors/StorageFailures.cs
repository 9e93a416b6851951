using System.Net.Sockets;
using Npgsql;

namespace CheckIn.WebFront.Errors;

/// <summary>Tells a database that is down or restarting (answered 503 with Retry-After: the same request later will
/// do) from a failure that retrying cannot mend (a 500). Grain storage reaches the web front wrapped: Orleans'
/// <c>OrleansException</c> "Error from storage provider ... during ReadStateAsync" around Npgsql's exception, or an
/// <see cref="AggregateException"/>; the whole chain of inner exceptions is searched.</summary>
internal static class StorageFailures
{
    /// <summary>How deep the chain of inner exceptions is searched (a loop guard).</summary>
    private const int MaxDepth = 16;

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions says the database cannot be reached
    /// now: a connection that failed or broke (no server answer at all), a server shutting down, crashed or still starting
    /// (SQLSTATE class 57P), a connection error (class 08), exhausted resources (class 53, e.g. too many clients), or any
    /// other error Npgsql marks transient.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var pending = new Stack<(Exception Exception, int Depth)>();
        pending.Push((exception, 0));
        while (pending.TryPop(out var item))
        {
            var (current, depth) = item;
            if (IsUnavailableItself(current))
            {
                return true;
            }

            if (depth == MaxDepth)
            {
                continue;
            }

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push((inner, depth + 1));
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push((inner, depth + 1));
            }
        }

        return false;
    }

    private static bool IsUnavailableItself(Exception exception) => exception switch
    {
        PostgresException server => server.IsTransient
            || server.SqlState.StartsWith("08", StringComparison.Ordinal)
            || server.SqlState.StartsWith("53", StringComparison.Ordinal)
            || server.SqlState.StartsWith("57P", StringComparison.Ordinal),
        // Without a server's answer: the connection could not be opened, broke, or timed out.
        NpgsqlException client => client.IsTransient || client.InnerException is SocketException or IOException or TimeoutException,
        _ => false,
    };
}
