using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>Counts activations ("counter.activations.{key}") and deactivations ("counter.deactivations.{key}").</summary>
public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Signals.Increment($"counter.activations.{GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Signals.Increment($"counter.deactivations.{GetPrimaryKeyString()}");
        Signals.Increment($"counter.deactivations.{GetPrimaryKeyString()}.{reason}");
        return Task.CompletedTask;
    }

    public async Task<int> Add(int amount)
    {
        state.State.Value += amount;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> Get() => Task.FromResult(state.State.Value);

    public ValueTask<int> GetValue() => ValueTask.FromResult(state.State.Value);

    public Task Fail(string message) => throw new InvalidOperationException(message);

    public async Task<int> WaitFor(string gate)
    {
        await Signals.Gate(gate);
        return state.State.Value;
    }

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
