using System.Net;
using System.Net.Sockets;
using CheckIn.Testing;

namespace CheckIn.Tests.Infrastructure;

public sealed class LoopbackPortsTests
{
    [Fact]
    public void Free_OnLinux_ChoosesBelowTheEphemeralRangeSoOutgoingConnectionsCannotTakeIt()
    {
        Assert.SkipUnless(File.Exists("/proc/sys/net/ipv4/ip_local_port_range"), "The kernel does not publish its ephemeral range here.");

        for (var i = 0; i < 50; i++)
        {
            var port = LoopbackPorts.Free();
            Assert.InRange(port, 10_000, LoopbackPorts.EphemeralRangeStart - 1);
        }
    }

    [Fact]
    public void Free_ReturnsAPortAListenerCanBindAtOnce()
    {
        var port = LoopbackPorts.Free();

        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        Assert.Equal(port, ((IPEndPoint)listener.LocalEndpoint).Port);
    }

    [Fact]
    public void IsFree_PortSomeoneListensOn_IsNotFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var taken = ((IPEndPoint)listener.LocalEndpoint).Port;

        Assert.False(LoopbackPorts.IsFree(taken));
    }
}
