namespace CheckIn.Runtime.Activation;

/// <summary>The life of an activation. It only moves forward.</summary>
internal enum ActivationStatus
{
    /// <summary>Created in the catalog; activation starts with its first scheduled turn.</summary>
    Created,

    /// <summary>Loading state and running OnActivateAsync; messages wait.</summary>
    Activating,

    /// <summary>Serving messages.</summary>
    Valid,

    /// <summary>Running OnDeactivateAsync; new messages are sent to the next activation.</summary>
    Deactivating,

    /// <summary>Gone from the catalog.</summary>
    Invalid,
}
