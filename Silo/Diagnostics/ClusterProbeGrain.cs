
namespace CheckIn.Silo.Diagnostics;

/// <summary>The probe grain (see <see cref="IClusterProbeGrain"/>).</summary>
public sealed class ClusterProbeGrain(
    [PersistentState("probe")] IPersistentState<ProbeState> state,
    ProbeActivationLog log) : Grain, IClusterProbeGrain
{
    private ProbeActivation? _activation;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var silo = RuntimeIdentity;
        _activation = new ProbeActivation(Guid.NewGuid(), Environment.ProcessId, silo);
        await log.StartedAsync(this.GetPrimaryKeyString(), _activation, cancellationToken);
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
        => _activation is null ? Task.CompletedTask : log.EndedAsync(this.GetPrimaryKeyString(), _activation, cancellationToken);

    /// <inheritdoc />
    public async Task<int> Append(long value)
    {
        state.State.Values.Add(value);
        await state.WriteStateAsync();
        return state.State.Values.Count;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<long>> Values() => Task.FromResult<IReadOnlyList<long>>([.. state.State.Values]);

    /// <inheritdoc />
    public Task<ProbeActivation> WhereAmI() => Task.FromResult(_activation!);

    /// <inheritdoc />
    public Task<int> Echo(int value) => Task.FromResult(value);

    /// <inheritdoc />
    public Task Fail(string message) => throw new ArgumentException(message);
}
