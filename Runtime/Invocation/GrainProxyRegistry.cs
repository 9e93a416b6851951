using System.Collections.Concurrent;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace CheckIn.Runtime.Invocation;

/// <summary>Maps grain interfaces to the proxy factories the source generator emits. Generated module
/// initializers fill it; the grain factory reads it. No reflection runs on the call path.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GrainProxyRegistry
{
    private static readonly ConcurrentDictionary<Type, Func<GrainReferenceRuntime, GrainId, GrainReference>> s_factories = new();
    private static readonly ConcurrentDictionary<string, RequestReader> s_readers = new(StringComparer.Ordinal);

    /// <summary>Registers the proxy factory of a grain interface (called by generated code).</summary>
    public static void Register<TGrainInterface>(Func<GrainReferenceRuntime, GrainId, GrainReference> factory)
        where TGrainInterface : IGrain
    {
        ArgumentNullException.ThrowIfNull(factory);
        s_factories[typeof(TGrainInterface)] = factory;
    }

    /// <summary>Registers how a request arriving from another process is rebuilt (called by generated code).</summary>
    public static void RegisterRequest(string wireName, RequestReader reader)
    {
        ArgumentException.ThrowIfNullOrEmpty(wireName);
        ArgumentNullException.ThrowIfNull(reader);
        s_readers[wireName] = reader;
    }

    /// <summary>The reader of a request that arrived over the network; false for a name no loaded assembly registered.</summary>
    internal static bool TryGetRequestReader(string wireName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RequestReader? reader)
        => s_readers.TryGetValue(wireName, out reader);

    internal static Func<GrainReferenceRuntime, GrainId, GrainReference> GetFactory(Type grainInterface)
    {
        if (s_factories.TryGetValue(grainInterface, out var factory))
        {
            return factory;
        }

        // The generated module initializer runs when its assembly's module is first touched; typeof()
        // alone does not guarantee that, so run it explicitly once.
        RuntimeHelpers.RunModuleConstructor(grainInterface.Module.ModuleHandle);
        return s_factories.TryGetValue(grainInterface, out factory)
            ? factory
            : throw new InvalidOperationException(
                $"No proxy was generated for grain interface {grainInterface.FullName}. Reference CheckIn.Runtime.Generators as an analyzer in the project that declares it.");
    }
}
