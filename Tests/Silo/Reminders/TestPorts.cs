using System.Net;
using System.Net.Sockets;

namespace CheckIn.Tests.Silo.Reminders;

/// <summary>Free loopback ports for test silos: the OS picks them, so parallel test runs do not collide.</summary>
internal static class TestPorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
