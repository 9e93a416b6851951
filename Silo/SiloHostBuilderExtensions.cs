using CheckIn.Grains;
using CheckIn.Runtime.Hosting;
using Microsoft.Extensions.Hosting;

namespace CheckIn.Silo;

/// <summary>The hosting extension the silo process and the web front share: a silo with the domain's grains.</summary>
public static class SiloHostBuilderExtensions
{
    /// <summary>Adds a silo hosting the check-in and booking grains, configured from the <c>Silo</c> section.</summary>
    public static IHostApplicationBuilder AddCheckInSilo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSilo(silo => silo.AddGrains(typeof(GrainsAssembly).Assembly));
    }
}
