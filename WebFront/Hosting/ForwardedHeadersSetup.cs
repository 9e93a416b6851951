using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Hosting;

/// <summary>ASP.NET Core's forwarded-headers middleware, configured from <see cref="ForwardedHeadersSettings"/>:
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> only (never <c>X-Forwarded-Host</c>: links are built from
/// <c>CheckInLinks:PublicBaseUrl</c>), and only the configured proxies are trusted.</summary>
internal static class ForwardedHeadersSetup
{
    public static IServiceCollection AddCheckInForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ForwardedHeadersSettings>, ForwardedHeadersSettingsValidator>());
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>(static (options, configured) => Apply(options, configured.Value));
        return services;
    }

    private static void Apply(ForwardedHeadersOptions options, ForwardedHeadersSettings settings)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = settings.ForwardLimit;
        // ASP.NET Core's defaults (loopback) are replaced by the settings, so that TrustLoopback can turn them off.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        if (settings.TrustLoopback)
        {
            options.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
        }

        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        if (options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0)
        {
            // The middleware trusts every sender when both lists are empty; with no proxy trusted, read no header.
            options.ForwardedHeaders = ForwardedHeaders.None;
        }
    }
}
