using System.Reflection;

namespace CheckIn.Runtime.Activation;

/// <summary>The assemblies whose grain classes the silo hosts, collected by <c>AddGrains</c>.</summary>
internal sealed class GrainAssemblyList
{
    public List<Assembly> Assemblies { get; } = [];

    /// <summary>True in a cluster client: it only maps interfaces to grain types and hosts no grain, so the
    /// storage the grain classes name need not be registered.</summary>
    public bool ForClient { get; init; }
}
