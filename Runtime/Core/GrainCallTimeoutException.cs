namespace CheckIn.Runtime;

/// <summary>A grain call did not complete within the call timeout.</summary>
public sealed class GrainCallTimeoutException(string message) : TimeoutException(message);
