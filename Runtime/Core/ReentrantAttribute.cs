namespace CheckIn.Runtime;

/// <summary>Lets every message of the grain interleave with the others at await points. Interleaving
/// is never parallelism: the grain still runs on one thread at a time.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;
