using System.Reflection;
using CheckIn.Runtime.Activation;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Runtime.Client;

/// <summary>Configures a cluster client inside <see cref="ClusterClientHostingExtensions.AddClusterClient"/>.</summary>
public sealed class ClusterClientBuilder
{
    internal ClusterClientBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The host's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Makes the grain classes of <paramref name="assembly"/> callable: the client maps their
    /// interfaces to grain types (for placement) without hosting them.</summary>
    public ClusterClientBuilder AddGrains(Assembly assembly)
    {
        GrainAssemblyList.Add(Services, assembly);

        return this;
    }
}
