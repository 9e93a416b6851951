namespace CheckIn.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>It was idle for longer than its collection age.</summary>
    Idle,

    /// <summary>The silo holds more activations than its cap; the least recently used go first.</summary>
    Capacity,

    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    Requested,

    /// <summary>A state write found a conflicting ETag; the next call reloads the state.</summary>
    InconsistentState,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,

    /// <summary>The cluster changed and another silo owns the grain now.</summary>
    PlacementChanged,
}
