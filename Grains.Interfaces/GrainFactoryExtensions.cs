namespace CheckIn.Grains.Interfaces;

/// <summary>Grain references for the hot paths. Orleans' <c>GetGrain&lt;T&gt;(key)</c> resolves the interface's grain
/// type by reflection on every call (a profile of the opening-day stampede put it at 6 % of the web front's CPU);
/// this resolves it once per interface and then only builds the id.</summary>
public static class GrainFactoryExtensions
{
    /// <summary>The grain of interface <typeparamref name="T"/> with string key <paramref name="key"/>: the same
    /// reference <c>GetGrain&lt;T&gt;(key)</c> returns.</summary>
    public static T Reference<T>(this IGrainFactory grains, string key)
        where T : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var types = TypesOf<T>.Value ??= Resolve<T>(grains);
        return (T)grains.GetGrain(GrainId.Create(types.Grain, key), types.Interface);
    }

    private static GrainTypes Resolve<T>(IGrainFactory grains)
        where T : IGrainWithStringKey
    {
        var probe = (GrainReference)(object)grains.GetGrain<T>("type-probe");
        return new GrainTypes(probe.GrainId.Type, probe.InterfaceType);
    }

    private sealed record GrainTypes(GrainType Grain, GrainInterfaceType Interface);

    /// <summary>Grain and interface types are fixed by the types' attributes, the same in every silo and client.</summary>
    private static class TypesOf<T>
    {
        public static GrainTypes? Value;
    }
}
