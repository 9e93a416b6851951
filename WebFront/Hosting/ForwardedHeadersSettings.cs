namespace CheckIn.WebFront.Hosting;

/// <summary>Which reverse proxies the web front believes about the client (section <c>ForwardedHeaders</c>):
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are honoured only on connections from these, so that rate
/// limits and sign-in lockouts count the client behind a load balancer, and nobody else can choose the address
/// they are counted under. Validated at start.</summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies (IPv4 or IPv6, e.g. <c>10.0.0.5</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation (e.g. <c>10.0.0.0/24</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Whether connections from loopback (127.0.0.0/8, ::1) are trusted, as ASP.NET Core does by default.
    /// On by default: a proxy on the same machine is the usual set-up, and a process that can connect over
    /// loopback already runs on the server; clients connecting from elsewhere are never loopback. Turn it off
    /// when something untrusted on the machine can reach the web front.</summary>
    public bool TrustLoopback { get; set; } = true;

    /// <summary>How many proxies' entries of <c>X-Forwarded-For</c> are read, from the right: 1 (the default) for
    /// one load balancer; with a chain of proxies, list them all and raise this to their number.</summary>
    public int ForwardLimit { get; set; } = 1;
}
