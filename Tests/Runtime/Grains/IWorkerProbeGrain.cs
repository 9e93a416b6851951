namespace CheckIn.Tests.Runtime.Grains;

/// <summary>The probe contract for the stateless worker implementation.</summary>
public interface IWorkerProbeGrain : IProbe;
