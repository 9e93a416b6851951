using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>A grain collected after two idle minutes; records deactivations under "idle.deactivated.{key}".</summary>
[CollectionAgeLimit(minutes: 2)]
public sealed class IdleGrain : Grain, IIdleGrain
{
    public Task Touch() => Task.CompletedTask;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Signals.Increment($"idle.deactivated.{GetPrimaryKeyString()}.{reason}");
        return Task.CompletedTask;
    }
}
