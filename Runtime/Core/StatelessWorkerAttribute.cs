namespace CheckIn.Runtime;

/// <summary>Marks a grain class whose activations are local, stateless and replicated: up to
/// <see cref="MaxLocalWorkers"/> activations per key in a silo serve calls in parallel.</summary>
/// <param name="maxLocalWorkers">The most activations per key in one silo; 0 means one per processor.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StatelessWorkerAttribute(int maxLocalWorkers = 0) : Attribute
{
    /// <summary>The most activations per key in one silo.</summary>
    public int MaxLocalWorkers { get; } = maxLocalWorkers > 0 ? maxLocalWorkers : Environment.ProcessorCount;
}
