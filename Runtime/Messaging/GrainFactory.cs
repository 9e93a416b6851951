using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Messaging;

/// <summary>The <see cref="IGrainFactory"/> of a silo or a cluster client: resolves the grain class behind an interface once per
/// interface and builds the generated proxy.</summary>
internal sealed class GrainFactory(GrainClassRegistry registry, GrainReferenceRuntime runtime) : IGrainFactory
{
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        return Create<TGrain>(key);
    }

    public TGrain GetGrain<TGrain>(Guid key) where TGrain : IGrainWithGuidKey => Create<TGrain>(GrainId.KeyOf(key));

    public TGrain GetGrain<TGrain>(long key) where TGrain : IGrainWithIntegerKey => Create<TGrain>(GrainId.KeyOf(key));

    private TGrain Create<TGrain>(string key)
    {
        var grainType = registry.GetByInterface(typeof(TGrain)).GrainType;
        return (TGrain)(object)GrainProxyRegistry.GetFactory(typeof(TGrain))(runtime, new GrainId(grainType, key));
    }
}
