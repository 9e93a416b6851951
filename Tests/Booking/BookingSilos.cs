using System.Security.Cryptography;
using CheckIn.Grains.Booking;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Booking;

/// <summary>Starts test silos configured as the product's (the booking services come with them), with booking
/// options a test may adjust.</summary>
public static class BookingSilos
{
    // The product's silo hosts the check-in grains too, whose keys are validated at start: keys for this test run.
    private static readonly IReadOnlyDictionary<string, string?> s_keys = new Dictionary<string, string?>
    {
        ["CheckIn:Keys:PseudonymKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["CheckIn:Keys:VenueCodeKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["CheckIn:Keys:ContactKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };

    public static Task<TestSilo> StartAsync(Action<TestSiloOptions>? configure = null, Action<BookingOptions>? booking = null)
        => TestSilo.StartAsync(options =>
        {
            foreach (var (key, value) in s_keys)
            {
                options.Settings[key] = value;
            }

            configure?.Invoke(options);
            var services = options.ConfigureServices;
            options.ConfigureServices = s =>
            {
                services?.Invoke(s);
                if (booking is not null)
                {
                    s.Configure(booking);
                }
            };
        });
}
