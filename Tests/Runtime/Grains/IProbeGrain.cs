namespace CheckIn.Tests.Runtime.Grains;

/// <summary>The probe contract for the non-reentrant implementation.</summary>
public interface IProbeGrain : IProbe;
