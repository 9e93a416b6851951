namespace CheckIn.Runtime;

/// <summary>The silo that owns the grain could not be reached (it died, left, or its connection is down).
/// The call may or may not have run; retrying it reaches the grain's next owner once the cluster has noticed.</summary>
public sealed class SiloUnavailableException(string message) : Exception(message);
