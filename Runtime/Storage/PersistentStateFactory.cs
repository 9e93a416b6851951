using System.Collections.Concurrent;
using CheckIn.Runtime.Activation;

namespace CheckIn.Runtime.Storage;

/// <summary>Creates <see cref="PersistentState{TState}"/> for a state type known only at silo start,
/// without reflection per activation.</summary>
internal static class PersistentStateFactory
{
    private static readonly ConcurrentDictionary<Type, Func<ActivationData, string, IGrainStorage, object>> s_factories = new();

    public static Func<ActivationData, string, IGrainStorage, object> For(Type stateType)
        => s_factories.GetOrAdd(stateType, static type =>
            typeof(PersistentStateFactory).GetMethod(nameof(Create), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type)
                .CreateDelegate<Func<ActivationData, string, IGrainStorage, object>>());

    private static object Create<TState>(ActivationData activation, string stateName, IGrainStorage storage)
        => new PersistentState<TState>(activation, stateName, storage);
}
