namespace CheckIn.WebFront.Operations;

/// <summary>One grain type's live activations on a silo.</summary>
/// <param name="GrainType">The grain class's short name (e.g. TenantGrain).</param>
/// <param name="GrainClass">The grain class as Orleans names it (namespace and assembly).</param>
/// <param name="Activations">Live activations.</param>
public sealed record GrainTypeMetrics(string GrainType, string GrainClass, long Activations);
