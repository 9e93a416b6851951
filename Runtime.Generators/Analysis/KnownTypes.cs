using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CheckIn.Runtime.Generators.Analysis;

/// <summary>The types the generator recognises, looked up once per compilation. Types missing from the
/// target framework (DateOnly before .NET 6, say) are simply null and never match.</summary>
internal sealed class KnownTypes
{
    private static readonly string[] s_collectionNames =
    [
        "System.Collections.Generic.List`1",
        "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IList`1",
        "System.Collections.Generic.ICollection`1",
        "System.Collections.Generic.IEnumerable`1",
        "System.Collections.Generic.IReadOnlyCollection`1",
        "System.Collections.Immutable.ImmutableArray`1",
        "System.Collections.Immutable.ImmutableList`1",
        "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.IReadOnlyDictionary`2",
        "System.Collections.Generic.IDictionary`2",
        "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.ISet`1",
        "System.Collections.Generic.IReadOnlySet`1",
    ];

    private static readonly string[] s_valueTypeNames =
    [
        "System.Guid",
        "System.DateTimeOffset",
        "System.DateOnly",
        "System.TimeOnly",
        "System.TimeSpan",
        "System.Uri",
    ];

    private KnownTypes(Compilation compilation, INamedTypeSymbol grain)
    {
        Grain = grain;
        ReadOnlyAttribute = compilation.GetTypeByMetadataName("CheckIn.Runtime.ReadOnlyAttribute");
        AlwaysInterleaveAttribute = compilation.GetTypeByMetadataName("CheckIn.Runtime.AlwaysInterleaveAttribute");
        OneWayAttribute = compilation.GetTypeByMetadataName("CheckIn.Runtime.OneWayAttribute");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        Stream = compilation.GetTypeByMetadataName("System.IO.Stream");
        Collections = Lookup(compilation, s_collectionNames);
        SerializableLeafTypes = Lookup(compilation, s_valueTypeNames);
    }

    public INamedTypeSymbol Grain { get; }

    public INamedTypeSymbol? ReadOnlyAttribute { get; }

    public INamedTypeSymbol? AlwaysInterleaveAttribute { get; }

    public INamedTypeSymbol? OneWayAttribute { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? Stream { get; }

    /// <summary>The generic collections a grain call may carry (open definitions).</summary>
    public ImmutableHashSet<INamedTypeSymbol> Collections { get; }

    /// <summary>Non-primitive types the serializer handles as values.</summary>
    public ImmutableHashSet<INamedTypeSymbol> SerializableLeafTypes { get; }

    /// <summary>The known types of <paramref name="compilation"/>, given its <c>IGrain</c>.</summary>
    public static KnownTypes Create(Compilation compilation, INamedTypeSymbol grain) => new(compilation, grain);

    public bool IsGrainInterface(ITypeSymbol type) => IsGrainInterface(type, Grain);

    /// <summary>True for <paramref name="grain"/> itself and every interface that extends it.</summary>
    public static bool IsGrainInterface(ITypeSymbol type, INamedTypeSymbol grain)
    {
        if (type.TypeKind != TypeKind.Interface)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, grain))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, grain))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for the runtime's own interfaces (IGrain and the key markers), which get no proxy.</summary>
    public bool IsRuntimeInterface(INamedTypeSymbol type)
        => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, Grain.ContainingAssembly);

    public bool IsTask(ITypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        return Is(definition, Task) || Is(definition, TaskOfT) || Is(definition, ValueTask) || Is(definition, ValueTaskOfT);
    }

    public static bool Is(ITypeSymbol? type, ITypeSymbol? known)
        => type is not null && known is not null && SymbolEqualityComparer.Default.Equals(type, known);

    private static ImmutableHashSet<INamedTypeSymbol> Lookup(Compilation compilation, IEnumerable<string> names)
    {
        var builder = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in names)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }
}
