using CheckIn.Grains;
using CheckIn.Grains.Booking;
using CheckIn.Runtime.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Booking;

/// <summary>Starts test silos that host the domain's grains with the booking services.</summary>
public static class BookingSilos
{
    public static Task<TestSilo> StartAsync(Action<TestSiloOptions>? configure = null, Action<BookingOptions>? booking = null)
        => TestSilo.StartAsync(options =>
        {
            options.GrainAssemblies.Add(typeof(GrainsAssembly).Assembly);
            configure?.Invoke(options);
            var services = options.ConfigureServices;
            options.ConfigureServices = s =>
            {
                services?.Invoke(s);
                s.AddBookingServices(new ConfigurationBuilder().Build());
                if (booking is not null)
                {
                    s.Configure(booking);
                }
            };
        });
}
