using CheckIn.Runtime.Membership;

namespace CheckIn.Runtime.Hosting;

/// <summary>The identity of a clustered silo, for diagnostics.</summary>
public interface IClusterSiloDetails
{
    /// <summary>This silo's address in the cluster once it has joined.</summary>
    SiloAddress? Self { get; }
}
