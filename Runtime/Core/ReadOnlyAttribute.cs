namespace CheckIn.Runtime;

/// <summary>Marks an interface method that does not change the grain's state: read-only calls may
/// interleave with each other, never with a call that writes.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;
