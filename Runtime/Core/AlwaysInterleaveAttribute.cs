namespace CheckIn.Runtime;

/// <summary>Marks an interface method whose calls may interleave with any other message.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;
