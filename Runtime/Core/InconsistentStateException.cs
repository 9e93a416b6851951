namespace CheckIn.Runtime;

/// <summary>A state write or clear found a different ETag in storage than the one it was read with:
/// someone else wrote the state. The activation is deactivated so the next call reloads it.</summary>
public sealed class InconsistentStateException : Exception
{
    /// <summary>Creates the exception with the ETags seen.</summary>
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag)
        : base(message)
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    /// <summary>The ETag found in storage, when known.</summary>
    public string? StoredEtag { get; }

    /// <summary>The ETag the activation held.</summary>
    public string? CurrentEtag { get; }
}
