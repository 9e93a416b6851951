using CheckIn.Runtime.Timers;

namespace CheckIn.Runtime.Activation;

/// <summary>The parts an activation owns besides its grain: its persistent states (loaded before the
/// first message) and its timers (stopped when it deactivates). Allocated only for grains that have them.</summary>
internal sealed class GrainLifecycle
{
    private List<IActivationState>? _states;
    private List<GrainTimer>? _timers;

    public void AddState(IActivationState state) => (_states ??= []).Add(state);

    public async Task LoadStatesAsync()
    {
        if (_states is null)
        {
            return;
        }

        foreach (var state in _states)
        {
            await state.LoadAsync().ConfigureAwait(true);
        }
    }

    public void AddTimer(GrainTimer timer) => (_timers ??= []).Add(timer);

    public void RemoveTimer(GrainTimer timer) => _timers?.Remove(timer);

    public void StopTimers()
    {
        if (_timers is null)
        {
            return;
        }

        foreach (var timer in _timers.ToArray())
        {
            timer.Stop();
        }

        _timers.Clear();
    }
}
