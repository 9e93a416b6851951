namespace CheckIn.Tests.Runtime.Grains;

/// <summary>The probe contract for the reentrant implementation.</summary>
public interface IReentrantProbeGrain : IProbe;
