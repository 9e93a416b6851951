using System.Reflection;

namespace CheckIn.Runtime.Activation;

/// <summary>The assemblies whose grain classes the silo hosts, collected by <c>AddGrains</c>.</summary>
internal sealed class GrainAssemblyList
{
    public List<Assembly> Assemblies { get; } = [];
}
