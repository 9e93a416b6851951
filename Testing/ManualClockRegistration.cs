using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Testing;

/// <summary>Puts the product's clock (grains, web front: the unkeyed <see cref="TimeProvider"/>) on a
/// <see cref="ManualTimeProvider"/> while Orleans' own maintenance keeps real time.</summary>
public static class ManualClockRegistration
{
    // A test that moves the grains' clock by a day must not make every silo miss its heartbeats or expire every call;
    // and a clock that a test has not moved yet must not stall the silo's start-up or a grain call's retry.
    private static readonly string[] s_realTimeAreas =
    [
        TimeProviderNames.Messaging,
        TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement,
        TimeProviderNames.GrainDirectory,
    ];

    /// <summary>Registers <paramref name="clock"/> as the <see cref="TimeProvider"/> and the system clock for each of
    /// Orleans' runtime areas (<see cref="TimeProviderNames"/>).</summary>
    public static IServiceCollection AddManualClock(this IServiceCollection services, ManualTimeProvider clock)
    {
        services.AddSingleton<TimeProvider>(clock);
        foreach (var area in s_realTimeAreas)
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }

        return services;
    }
}
