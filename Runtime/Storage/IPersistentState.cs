namespace CheckIn.Runtime;

/// <summary>A piece of a grain's durable state, injected into the grain's constructor with
/// <see cref="PersistentStateAttribute"/>. It is loaded before the grain's first message.</summary>
/// <typeparam name="TState">The state type: serialized as JSON, so fields may be added or removed between versions.</typeparam>
public interface IPersistentState<TState>
{
    /// <summary>The state. Changes are kept in memory until <see cref="WriteStateAsync"/>.</summary>
    TState State { get; set; }

    /// <summary>The version tag of the stored state; null when nothing is stored.</summary>
    string? Etag { get; }

    /// <summary>True when a record is stored (written and not cleared).</summary>
    bool RecordExists { get; }

    /// <summary>Reloads the state from storage.</summary>
    Task ReadStateAsync();

    /// <summary>Writes the state; completes when it is durable. Fails with <see cref="InconsistentStateException"/>
    /// when someone else wrote it meanwhile, and the activation is then deactivated.</summary>
    Task WriteStateAsync();

    /// <summary>Clears the stored state and resets <see cref="State"/> to a new instance.</summary>
    Task ClearStateAsync();
}
