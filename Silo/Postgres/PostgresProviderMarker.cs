using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Silo.Postgres;

/// <summary>
/// Records in the service collection that an extension has already registered its provider, so that calling
/// the extension a second time adds nothing (Orleans' own registrations are not idempotent).
/// </summary>
internal sealed record PostgresProviderMarker(string Provider)
{
    public static bool TryAdd(IServiceCollection services, string provider)
    {
        if (services.Any(d => d.ServiceType == typeof(PostgresProviderMarker)
            && d.ImplementationInstance is PostgresProviderMarker marker && marker.Provider == provider))
        {
            return false;
        }

        services.AddSingleton(new PostgresProviderMarker(provider));
        return true;
    }
}
