using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CheckIn.Runtime.Generators.Analysis;

/// <summary>Decides whether a type can cross a grain call. A grain call may go to another silo, so every
/// argument and result must be data the serializer can rebuild on the other side: no behaviour (delegates,
/// tasks, streams), no identity-less abstractions (object, arbitrary interfaces, abstract classes).</summary>
internal sealed class SerializabilityChecker(KnownTypes knownTypes)
{
    private const string ConcreteTypesOnly = "only concrete types, grain interfaces and the listed collections (arrays, List<T>, IReadOnlyList<T>, IList<T>, ICollection<T>, IEnumerable<T>, IReadOnlyCollection<T>, ImmutableArray<T>, ImmutableList<T>, Dictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>, IDictionary<TKey, TValue>, HashSet<T>, ISet<T>, IReadOnlySet<T>) are allowed";

    // Types already found serializable, or being checked further up the stack: a type that refers to
    // itself (a tree node, say) is serializable if its other members are, so a revisit counts as success.
    private readonly HashSet<ITypeSymbol> _acceptedOrInProgress = new(SymbolEqualityComparer.Default);

    /// <summary>True once a type with a compile error was seen: the compiler reports it, and the
    /// interface gets no generated code that would repeat the error.</summary>
    public bool SawErrorType { get; private set; }

    /// <summary>Null when <paramref name="type"/> is serializable; otherwise why not, naming the offending type.</summary>
    public string? Check(ITypeSymbol type)
    {
        switch (type.TypeKind)
        {
            case TypeKind.Error:
                SawErrorType = true;
                return null;
            case TypeKind.Dynamic:
                return $"'dynamic' carries no type to serialize; {ConcreteTypesOnly}";
            case TypeKind.Pointer:
            case TypeKind.FunctionPointer:
                return $"'{type.ToDisplayString()}' is a pointer, and pointers cannot be serialized";
            case TypeKind.TypeParameter:
                return $"'{type.ToDisplayString()}' is an open type parameter; {ConcreteTypesOnly}";
            case TypeKind.Array:
                return CheckArray((IArrayTypeSymbol)type);
            default:
                return type is INamedTypeSymbol named
                    ? CheckNamed(named)
                    : $"'{type.ToDisplayString()}' is not a supported kind of type; {ConcreteTypesOnly}";
        }
    }

    private string? CheckArray(IArrayTypeSymbol array)
    {
        if (!array.IsSZArray)
        {
            return $"'{array.ToDisplayString()}' is a multi-dimensional array, which the serializer does not support: use a jagged array or a list";
        }

        return Check(array.ElementType);
    }

    private string? CheckNamed(INamedTypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Object:
                return $"'object' carries no type to serialize; {ConcreteTypesOnly}";
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return $"'{type.ToDisplayString()}' is a native handle or pointer-sized integer, which means nothing in another process";
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_String:
            case SpecialType.System_DateTime:
                return null;
            default:
                break;
        }

        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return Check(type.TypeArguments[0]);
        }

        if (type.TypeKind == TypeKind.Enum || knownTypes.SerializableLeafTypes.Contains(type))
        {
            return null;
        }

        if (type.TypeKind == TypeKind.Delegate)
        {
            return $"'{type.ToDisplayString()}' is a delegate, and code cannot be sent to a grain";
        }

        if (type.IsRefLikeType)
        {
            return $"'{type.ToDisplayString()}' is a ref struct, which cannot leave the stack it lives on";
        }

        if (knownTypes.IsTask(type))
        {
            return $"'{type.ToDisplayString()}' is a task: await it before the call and pass its result";
        }

        if (KnownTypes.Is(type, knownTypes.CancellationToken))
        {
            return $"'{type.ToDisplayString()}' cannot cross a grain call; the runtime applies its own call timeout";
        }

        if (DerivesFrom(type, knownTypes.Stream))
        {
            return $"'{type.ToDisplayString()}' is a stream: pass the bytes (byte[]) instead";
        }

        if (type.IsTupleType)
        {
            return CheckAll(type.TupleElements);
        }

        if (knownTypes.Collections.Contains(type.OriginalDefinition))
        {
            foreach (var argument in type.TypeArguments)
            {
                if (Check(argument) is { } reason)
                {
                    return reason;
                }
            }

            return null;
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            return knownTypes.IsGrainInterface(type)
                ? null
                : $"'{type.ToDisplayString()}' is an interface that is not a grain interface; {ConcreteTypesOnly}";
        }

        if (type.IsAbstract || type.IsStatic)
        {
            return $"'{type.ToDisplayString()}' is abstract; {ConcreteTypesOnly}";
        }

        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return $"'{type.ToDisplayString()}' is not a supported kind of type; {ConcreteTypesOnly}";
        }

        if (IsUnlistedCollection(type))
        {
            // Its properties (Count, Capacity) say nothing about its elements, so checking members would pass it blindly.
            return $"'{type.ToDisplayString()}' is a collection type that is not supported; {ConcreteTypesOnly}";
        }

        return CheckMembers(type);
    }

    private string? CheckMembers(INamedTypeSymbol type)
    {
        if (!_acceptedOrInProgress.Add(type))
        {
            return null;
        }

        for (var current = type; current is not null && !IsRootType(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                var memberType = member switch
                {
                    IFieldSymbol field when !field.IsConst => field.Type,
                    IPropertySymbol property when !property.IsIndexer => property.Type,
                    _ => null,
                };

                if (memberType is not null && Check(memberType) is { } reason)
                {
                    _acceptedOrInProgress.Remove(type);
                    return $"member '{current.ToDisplayString()}.{member.Name}' has type '{memberType.ToDisplayString()}', and {reason}";
                }
            }
        }

        return null;
    }

    private string? CheckAll(IEnumerable<IFieldSymbol> elements)
    {
        foreach (var element in elements)
        {
            if (Check(element.Type) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    private static bool IsRootType(INamedTypeSymbol type)
        => type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType;

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (KnownTypes.Is(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnlistedCollection(INamedTypeSymbol type)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }
}
