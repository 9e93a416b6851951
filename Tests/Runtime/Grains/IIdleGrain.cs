using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>A grain that does nothing but get activated.</summary>
public interface IIdleGrain : IGrainWithStringKey
{
    Task Touch();
}
