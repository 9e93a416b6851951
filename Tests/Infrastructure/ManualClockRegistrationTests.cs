using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Infrastructure;

public sealed class ManualClockRegistrationTests
{
    [Fact]
    public void AddManualClock_ProductClockIsManual_OrleansRuntimeAreasKeepRealTime()
    {
        var clock = new ManualTimeProvider();
        using var services = new ServiceCollection().AddManualClock(clock).BuildServiceProvider();

        Assert.Same(clock, services.GetRequiredService<TimeProvider>());
        foreach (var area in new[] { TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership, TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory })
        {
            Assert.Same(TimeProvider.System, services.GetRequiredKeyedService<TimeProvider>(area));
        }
    }
}
