using System.Text.Json;
using CheckIn.Runtime.Activation;

namespace CheckIn.Runtime.Storage;

/// <summary>The runtime's <see cref="IPersistentState{TState}"/>: JSON in a grain storage provider, with the
/// provider's ETag. JSON because it tolerates fields added or removed between versions of the state type.</summary>
internal sealed class PersistentState<TState> : IPersistentState<TState>, IActivationState
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.General);

    private readonly ActivationData _activation;
    private readonly string _stateName;
    private readonly IGrainStorage _storage;

    public PersistentState(ActivationData activation, string stateName, IGrainStorage storage)
    {
        _activation = activation;
        _stateName = stateName;
        _storage = storage;
        State = CreateEmpty();
        activation.Lifecycle.AddState(this);
    }

    public TState State { get; set; }

    public string? Etag { get; private set; }

    public bool RecordExists { get; private set; }

    public Task LoadAsync() => ReadStateAsync();

    public async Task ReadStateAsync()
    {
        var stored = await _storage.ReadAsync(_stateName, _activation.GrainId).ConfigureAwait(true);
        Etag = stored?.Etag;
        RecordExists = stored?.Data is not null;
        State = stored?.Data is { } data ? Deserialize(data) : CreateEmpty();
    }

    public async Task WriteStateAsync()
    {
        var data = JsonSerializer.SerializeToUtf8Bytes(State, s_json);
        try
        {
            Etag = await _storage.WriteAsync(_stateName, _activation.GrainId, data, Etag).ConfigureAwait(true);
            RecordExists = true;
        }
        catch (InconsistentStateException)
        {
            _activation.TryRequestDeactivation(DeactivationReason.InconsistentState);
            throw;
        }
    }

    public async Task ClearStateAsync()
    {
        try
        {
            Etag = await _storage.ClearAsync(_stateName, _activation.GrainId, Etag).ConfigureAwait(true);
        }
        catch (InconsistentStateException)
        {
            _activation.TryRequestDeactivation(DeactivationReason.InconsistentState);
            throw;
        }

        RecordExists = false;
        State = CreateEmpty();
    }

    private static TState Deserialize(byte[] data)
        => JsonSerializer.Deserialize<TState>(data, s_json) ?? CreateEmpty();

    private static TState CreateEmpty()
    {
        // Positional records have no parameterless constructor; "{}" gives them their defaults the same
        // way a stored state with missing fields does.
        return typeof(TState).GetConstructor(Type.EmptyTypes) is not null || typeof(TState).IsValueType
            ? Activator.CreateInstance<TState>()
            : JsonSerializer.Deserialize<TState>("{}"u8, s_json)!;
    }
}
