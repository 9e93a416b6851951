using CheckIn.Grains;
using CheckIn.Grains.Booking;
using CheckIn.Grains.CheckIn;
using CheckIn.Runtime.Hosting;
using Microsoft.Extensions.Hosting;

namespace CheckIn.Silo;

/// <summary>The hosting extension the silo process and the web front share: a silo with the domain's grains.</summary>
public static class SiloHostBuilderExtensions
{
    /// <summary>Adds a silo hosting the check-in and booking grains with their services, configured from
    /// the <c>Silo</c>, <c>Storage</c> and domain sections.</summary>
    public static IHostApplicationBuilder AddCheckInSilo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBookingServices(builder.Configuration);
        builder.Services.AddCheckInServices(builder.Configuration);
        return builder.AddSilo(silo => silo.AddGrains(typeof(GrainsAssembly).Assembly));
    }
}
