namespace CheckIn.Runtime;

/// <summary>Marks an interface method whose calls return to the caller at once: the caller gets no
/// result and no exception. The method must return <see cref="Task"/> or <see cref="ValueTask"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneWayAttribute : Attribute;
