using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CheckIn.Tests.Cluster;

/// <summary>The web front in client mode: it hosts no silo and calls the cluster named by the
/// <c>ClusterClient</c> settings. Settings go through <c>UseSetting</c> so that Program sees them while it builds
/// the host.</summary>
internal sealed class ClusterClientWebFront(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string AdminPassword = "admin-password-for-cluster-tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CHECKIN_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            if (value is not null)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
