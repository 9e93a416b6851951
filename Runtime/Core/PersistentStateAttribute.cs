namespace CheckIn.Runtime;

/// <summary>Injects an <see cref="IPersistentState{TState}"/> constructor parameter of a grain class.</summary>
/// <param name="stateName">The name of this piece of state; part of its storage key.</param>
/// <param name="storageName">The storage provider registered under this name; "Default" when omitted.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The name of this piece of state.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider's name.</summary>
    public string StorageName { get; } = storageName ?? GrainStorageNames.Default;
}
