using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CheckIn.Runtime.Generators.Model;
using Microsoft.CodeAnalysis;

namespace CheckIn.Runtime.Generators.Analysis;

/// <summary>Reads one grain interface (with the methods it inherits) into a <see cref="GrainInterfaceModel"/>,
/// collecting the diagnostics that stop its generation.</summary>
internal sealed class GrainInterfaceReader
{
    /// <summary>The root of the generated proxies' namespaces: a tree of its own, so proxies never
    /// collide with the user's types.</summary>
    public const string ProxyNamespaceRoot = "CheckInGenerated.Proxies";

    private const string VoidResultType = "global::CheckIn.Runtime.Invocation.VoidResult";

    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly KnownTypes _knownTypes;
    private readonly INamedTypeSymbol _interface;
    private readonly CancellationToken _cancellationToken;
    private readonly SerializabilityChecker _checker;
    private readonly string _displayName;
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly List<GrainMethodModel> _methods = [];
    private readonly Dictionary<string, int> _requestNameCounts = [];
    private bool _hasErrors;

    public GrainInterfaceReader(KnownTypes knownTypes, INamedTypeSymbol grainInterface, CancellationToken cancellationToken)
    {
        _knownTypes = knownTypes;
        _interface = grainInterface;
        _cancellationToken = cancellationToken;
        _checker = new SerializabilityChecker(knownTypes);
        _displayName = grainInterface.ToDisplayString();
    }

    public GrainInterfaceModel Read()
    {
        if (!IsAccessibleFromNamespace(_interface))
        {
            Report(GrainDiagnostics.InaccessibleInterface, reportHere: true, _interface, _displayName);
        }
        else if (IsGeneric(_interface))
        {
            Report(GrainDiagnostics.GenericInterface, reportHere: true, _interface, _displayName);
        }
        else
        {
            ReadMembers(_interface, reportHere: true);
            foreach (var inherited in _interface.AllInterfaces)
            {
                // A base grain interface of this compilation reports its own members' errors; reporting
                // them again here would double every diagnostic. Its errors still block this proxy.
                ReadMembers(inherited, reportHere: !ReportsItsOwnDiagnostics(inherited));
            }
        }

        var (proxyNamespace, proxyName) = NameProxy(_interface);
        return new GrainInterfaceModel(
            _displayName,
            _interface.ToDisplayString(s_typeFormat),
            proxyNamespace,
            proxyName,
            CanGenerate: !_hasErrors && !_checker.SawErrorType,
            new EquatableArray<GrainMethodModel>(_methods),
            new EquatableArray<DiagnosticInfo>(_diagnostics));
    }

    private void ReadMembers(INamedTypeSymbol declaringInterface, bool reportHere)
    {
        foreach (var member in declaringInterface.GetMembers())
        {
            _cancellationToken.ThrowIfCancellationRequested();

            // Static members with bodies are helpers that no call goes through; static abstract ones would
            // make the interface unusable as a type argument (CS8920), so they are rejected.
            var isStaticHelper = member.IsStatic && !member.IsAbstract && !member.IsVirtual;
            switch (member)
            {
                case IMethodSymbol { AssociatedSymbol: not null }:
                    // Property and event accessors: reported with their property or event.
                    break;
                case IMethodSymbol method when method.IsStatic:
                    if (!isStaticHelper)
                    {
                        Report(GrainDiagnostics.UnsupportedMember, reportHere, method, _displayName, "static abstract member", method.Name);
                    }

                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary } method when method.IsAbstract || method.IsVirtual:
                    ReadMethod(method, reportHere);
                    break;
                case IPropertySymbol property when !isStaticHelper:
                    Report(
                        GrainDiagnostics.UnsupportedMember,
                        reportHere,
                        property,
                        _displayName,
                        property.IsIndexer ? "indexer" : "property",
                        property.IsIndexer ? property.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) : property.Name);
                    break;
                case IEventSymbol @event when !isStaticHelper:
                    Report(GrainDiagnostics.UnsupportedMember, reportHere, @event, _displayName, "event", @event.Name);
                    break;
                default:
                    break;
            }
        }
    }

    private void ReadMethod(IMethodSymbol method, bool reportHere)
    {
        if (method.IsGenericMethod)
        {
            Report(GrainDiagnostics.GenericMethod, reportHere, method, _displayName, method.Name);
            return;
        }

        var valid = true;
        var returnType = method.ReturnType;
        var returnDisplay = returnType.ToDisplayString();
        ReturnKind kind = default;
        string? resultType = null;
        if (returnType.TypeKind == TypeKind.Error)
        {
            // The compiler reports the unknown type; no generated code may repeat it.
            _hasErrors = true;
            valid = false;
        }
        else if (method.ReturnsByRef || method.ReturnsByRefReadonly || !TryClassifyReturn(returnType, out kind, out var awaitedType))
        {
            Report(GrainDiagnostics.UnsupportedReturnType, reportHere, method, _displayName, method.Name, returnDisplay);
            valid = false;
        }
        else if (awaitedType is null)
        {
            resultType = VoidResultType;
        }
        else if (_checker.Check(awaitedType) is { } reason)
        {
            Report(GrainDiagnostics.NonSerializableResult, reportHere, method, _displayName, method.Name, returnDisplay, reason);
            valid = false;
        }
        else
        {
            resultType = awaitedType.ToDisplayString(s_typeFormat);
        }

        var isOneWay = HasAttribute(method, _knownTypes.OneWayAttribute);
        if (isOneWay && valid && kind is ReturnKind.TaskOfT or ReturnKind.ValueTaskOfT)
        {
            Report(GrainDiagnostics.OneWayWithResult, reportHere, method, _displayName, method.Name, returnDisplay);
            valid = false;
        }

        var parameters = new List<GrainParameterModel>(method.Parameters.Length);
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None)
            {
                Report(GrainDiagnostics.ByReferenceParameter, reportHere, parameter, _displayName, method.Name, parameter.Name, DescribeRefKind(parameter.RefKind));
                valid = false;
            }
            else if (_checker.Check(parameter.Type) is { } reason)
            {
                Report(GrainDiagnostics.NonSerializableParameter, reportHere, parameter, _displayName, method.Name, parameter.Name, parameter.Type.ToDisplayString(), reason);
                valid = false;
            }

            parameters.Add(new GrainParameterModel(
                parameter.Type.ToDisplayString(s_typeFormat),
                Identifiers.Escape(parameter.Name),
                NullabilityAttributes.Format(parameter.GetAttributes(), string.Empty)));
        }

        if (!valid || resultType is null)
        {
            return;
        }

        var flags = new List<string>(3);
        if (HasAttribute(method, _knownTypes.ReadOnlyAttribute))
        {
            flags.Add("ReadOnly");
        }

        if (HasAttribute(method, _knownTypes.AlwaysInterleaveAttribute))
        {
            flags.Add("AlwaysInterleave");
        }

        if (isOneWay)
        {
            flags.Add("OneWay");
        }

        _methods.Add(new GrainMethodModel(
            method.Name,
            Identifiers.Escape(method.Name),
            method.ContainingType.ToDisplayString(s_typeFormat),
            NameRequest(method.Name),
            kind,
            returnType.ToDisplayString(s_typeFormat),
            NullabilityAttributes.Format(method.GetReturnTypeAttributes(), "return: "),
            resultType,
            isOneWay,
            new EquatableArray<string>(flags),
            new EquatableArray<GrainParameterModel>(parameters)));
    }

    private bool TryClassifyReturn(ITypeSymbol returnType, out ReturnKind kind, out ITypeSymbol? awaitedType)
    {
        var definition = returnType.OriginalDefinition;
        awaitedType = returnType is INamedTypeSymbol { TypeArguments.Length: 1 } named ? named.TypeArguments[0] : null;
        if (KnownTypes.Is(definition, _knownTypes.Task))
        {
            kind = ReturnKind.Task;
        }
        else if (KnownTypes.Is(definition, _knownTypes.TaskOfT))
        {
            kind = ReturnKind.TaskOfT;
        }
        else if (KnownTypes.Is(definition, _knownTypes.ValueTask))
        {
            kind = ReturnKind.ValueTask;
        }
        else if (KnownTypes.Is(definition, _knownTypes.ValueTaskOfT))
        {
            kind = ReturnKind.ValueTaskOfT;
        }
        else
        {
            kind = default;
            return false;
        }

        return true;
    }

    // Overloads share a name; a counter keeps their request classes apart. Names end in "Request" plus an
    // optional number, so two different method names can never produce the same request name.
    private string NameRequest(string methodName)
    {
        var count = _requestNameCounts.TryGetValue(methodName, out var previous) ? previous + 1 : 1;
        _requestNameCounts[methodName] = count;
        return methodName + "Request" + (count == 1 ? string.Empty : count.ToString(CultureInfo.InvariantCulture));
    }

    private bool ReportsItsOwnDiagnostics(INamedTypeSymbol candidate)
        => candidate.Locations.Any(static location => location.IsInSource)
            && _knownTypes.IsGrainInterface(candidate)
            && !_knownTypes.IsRuntimeInterface(candidate)
            && !IsGeneric(candidate)
            && IsAccessibleFromNamespace(candidate);

    private void Report(DiagnosticDescriptor descriptor, bool reportHere, ISymbol symbol, params string[] arguments)
    {
        _hasErrors = true;
        if (!reportHere)
        {
            return;
        }

        // Members inherited from a referenced assembly have no source here: point at the interface that inherits them.
        var location = symbol.Locations.FirstOrDefault(static location => location.IsInSource)
            ?? _interface.Locations.FirstOrDefault(static location => location.IsInSource);
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, LocationInfo.From(location), new EquatableArray<string>(arguments)));
    }

    private static bool HasAttribute(IMethodSymbol method, INamedTypeSymbol? attribute)
        => attribute is not null && method.GetAttributes().Any(data => KnownTypes.Is(data.AttributeClass, attribute));

    private static bool IsGeneric(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.TypeParameters.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    // The proxy is a top-level class, so it can implement only interfaces that every type of the assembly can see.
    private static bool IsAccessibleFromNamespace(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal
                || current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return false;
            }
        }

        return true;
    }

    private static string DescribeRefKind(RefKind refKind) => refKind switch
    {
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        RefKind.In => "in",
        RefKind.RefReadOnlyParameter => "ref readonly",
        _ => refKind.ToString().ToLowerInvariant(),
    };

    /// <summary>Mirrors the interface's namespace and containing types under <see cref="ProxyNamespaceRoot"/>.
    /// The proxy's name drops the interface's "I" prefix and gets a "Proxy" suffix, unless the interface's
    /// container already has a member of that name: the generated tree mirrors the container's members as
    /// namespaces, so such a name could clash with one of them or with another interface's proxy.</summary>
    private static (string Namespace, string Name) NameProxy(INamedTypeSymbol grainInterface)
    {
        var segments = new List<string>();
        for (var type = grainInterface.ContainingType; type is not null; type = type.ContainingType)
        {
            segments.Add(Identifiers.Escape(type.Name));
        }

        for (var ns = grainInterface.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            segments.Add(Identifiers.Escape(ns.Name));
        }

        segments.Add(ProxyNamespaceRoot);
        segments.Reverse();

        INamespaceOrTypeSymbol container = grainInterface.ContainingType is { } containingType ? containingType : grainInterface.ContainingNamespace;
        var name = grainInterface.Name;
        var baseName = name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) && container.GetMembers(name.Substring(1)).IsEmpty
            ? name.Substring(1)
            : name;
        var proxyName = baseName + "Proxy";
        for (var suffix = 2; !container.GetMembers(proxyName).IsEmpty; suffix++)
        {
            proxyName = baseName + "Proxy" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return (string.Join(".", segments), proxyName);
    }
}
