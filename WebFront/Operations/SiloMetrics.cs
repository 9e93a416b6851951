namespace CheckIn.WebFront.Operations;

/// <summary>A silo's runtime statistics (Orleans' <c>IManagementGrain.GetRuntimeStatistics</c> and
/// <c>GetSimpleGrainStatistics</c>).</summary>
/// <param name="Activations">Live activations, all grain types.</param>
/// <param name="RecentlyUsedActivations">Activations used recently (not idle).</param>
/// <param name="CpuUsagePercent">CPU use of the silo's process, when the silo measures it.</param>
/// <param name="MemoryUsageBytes">Memory use of the silo's process, when the silo measures it.</param>
/// <param name="ReceivedMessages">Messages the silo received since it started.</param>
/// <param name="SentMessages">Messages the silo sent since it started.</param>
/// <param name="ConnectedClients">Clients (web fronts) connected to its gateway.</param>
/// <param name="Overloaded">Whether the silo reports itself overloaded (load shedding refuses client calls).</param>
/// <param name="GrainTypes">Live activations per grain type, by name.</param>
public sealed record SiloMetrics(
    long Activations,
    long RecentlyUsedActivations,
    double? CpuUsagePercent,
    long? MemoryUsageBytes,
    long ReceivedMessages,
    long SentMessages,
    long ConnectedClients,
    bool Overloaded,
    IReadOnlyList<GrainTypeMetrics> GrainTypes);
