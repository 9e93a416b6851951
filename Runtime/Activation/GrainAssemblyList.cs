using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Runtime.Activation;

/// <summary>The assemblies whose grain classes the silo hosts, collected by <c>AddGrains</c>.</summary>
internal sealed class GrainAssemblyList
{
    public List<Assembly> Assemblies { get; } = [];

    /// <summary>True in a cluster client: it only maps interfaces to grain types and hosts no grain, so the
    /// storage the grain classes name need not be registered.</summary>
    public bool ForClient { get; init; }

    /// <summary>Adds <paramref name="assembly"/> to the list registered in <paramref name="services"/> (once).</summary>
    public static void Add(IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var list = (GrainAssemblyList)services.Single(static d => d.ServiceType == typeof(GrainAssemblyList)).ImplementationInstance!;
        if (!list.Assemblies.Contains(assembly))
        {
            list.Assemblies.Add(assembly);
        }
    }
}
