namespace CheckIn.Runtime;

/// <summary>A grain could not be activated: its state failed to load or its OnActivateAsync threw.
/// The inner exception says why; the next call tries again.</summary>
public sealed class GrainActivationException(string message, Exception inner) : Exception(message, inner);
