namespace CheckIn.WebFront.RateLimits;

/// <summary>The partition key of a client: its remote IP address (IPv6 by /64 network, since one host
/// holds a whole /64). Behind a reverse proxy, list it in the <c>ForwardedHeaders</c> section so that this is the client's.</summary>
public static class ClientAddress
{
    /// <summary>The client's address key, "unknown" when the server has none (in-memory test server).</summary>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new System.Net.IPAddress(bytes).ToString() + "/64";
        }

        return address.ToString();
    }
}
