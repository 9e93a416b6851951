using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CheckIn.Testing;

/// <summary>Free loopback ports for the servers tests and benchmarks start (PostgreSQL, SMTP, silos, web fronts).
/// A port is chosen below the kernel's ephemeral range: a port the OS handed out for "any port" lies inside that range,
/// and between the probe and the server's bind the same number can go to the next outgoing connection (a load
/// client's, a silo's, Npgsql's), so the server fails with "address already in use". Below the range, only another
/// server choosing the same number can take it.</summary>
public static class LoopbackPorts
{
    private const string EphemeralRangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
    private const int LowestChosen = 10_000;
    private const int Attempts = 100;

    /// <summary>The first port of the kernel's ephemeral range (32768 when the kernel does not say).</summary>
    public static int EphemeralRangeStart { get; } = ReadEphemeralRangeStart();

    /// <summary>A loopback port nobody listened on a moment ago, below the ephemeral range when there is room for it
    /// (else one the OS picks). Callers bind it at once; one that fails to bind should choose again.</summary>
    public static int Free()
    {
        if (EphemeralRangeStart - LowestChosen >= 1_000)
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var candidate = Random.Shared.Next(LowestChosen, EphemeralRangeStart);
                if (IsFree(candidate))
                {
                    return candidate;
                }
            }
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Two different free loopback ports, e.g. a silo's and its gateway's (two calls to <see cref="Free"/> can
    /// return the same number, since neither is bound in between).</summary>
    public static (int First, int Second) FreePair()
    {
        var first = Free();
        var second = Free();
        while (second == first)
        {
            second = Free();
        }

        return (first, second);
    }

    /// <summary>Whether a listener could bind <paramref name="port"/> on 127.0.0.1 now.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int ReadEphemeralRangeStart()
    {
        try
        {
            var fields = File.ReadAllText(EphemeralRangeFile).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 2 && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
            {
                return start;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 32_768;
    }
}
