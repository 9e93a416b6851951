namespace CheckIn.Runtime;

/// <summary>An exception thrown by a grain in another process whose type could not be rebuilt here; it keeps
/// the original type's name and message.</summary>
public sealed class RemoteGrainException(string originalType, string message) : Exception(message)
{
    /// <summary>The full name of the exception type the grain threw.</summary>
    public string OriginalType { get; } = originalType;
}
