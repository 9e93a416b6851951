namespace CheckIn.Silo.Diagnostics;

/// <summary>An activation of <see cref="IClusterProbeGrain"/>.</summary>
/// <param name="ActivationId">Unique per activation.</param>
/// <param name="ProcessId">The process that hosts it.</param>
/// <param name="Silo">The silo that hosts it (its cluster address, or "local").</param>
[GenerateSerializer, Immutable, Alias("checkin.ProbeActivation")]
public sealed record ProbeActivation(Guid ActivationId, int ProcessId, string Silo);
