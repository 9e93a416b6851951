using System;
using Microsoft.CodeAnalysis;

namespace CheckIn.Runtime.Generators;

/// <summary>The build errors the grain generator reports. Each one stops code generation for its
/// interface, so the author sees this message instead of a cascade of compiler errors in generated code.</summary>
internal static class GrainDiagnostics
{
    private const string Category = "CheckIn.Grains";

    public static readonly DiagnosticDescriptor UnsupportedReturnType = new(
        id: "CHK001",
        title: "Grain method has an unsupported return type",
        messageFormat: "Method '{1}' of grain interface '{0}' returns '{2}', but grain methods must return Task, Task<T>, ValueTask or ValueTask<T>",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ByReferenceParameter = new(
        id: "CHK002",
        title: "Grain method parameter is passed by reference",
        messageFormat: "Parameter '{2}' of method '{1}' on grain interface '{0}' is declared '{3}', but a grain call copies its arguments to another activation: remove the modifier and return the value instead",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NonSerializableParameter = new(
        id: "CHK003",
        title: "Grain method parameter type is not serializable",
        messageFormat: "Parameter '{2}' of method '{1}' on grain interface '{0}' has type '{3}', which is not serializable: {4}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NonSerializableResult = new(
        id: "CHK004",
        title: "Grain method result type is not serializable",
        messageFormat: "Method '{1}' of grain interface '{0}' returns '{2}', whose result type is not serializable: {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericMethod = new(
        id: "CHK005",
        title: "Generic grain methods are not supported",
        messageFormat: "Method '{1}' of grain interface '{0}' is generic, and generic grain methods are not supported yet: use concrete types",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericInterface = new(
        id: "CHK006",
        title: "Generic grain interfaces are not supported",
        messageFormat: "Grain interface '{0}' is generic (or nested in a generic type), and generic grain interfaces are not supported yet",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedMember = new(
        id: "CHK007",
        title: "Grain interfaces may declare only methods",
        messageFormat: "Grain interface '{0}' declares the {1} '{2}', but grain interfaces may declare only instance methods: replace it with a method returning Task or ValueTask",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OneWayWithResult = new(
        id: "CHK008",
        title: "One-way grain method returns a result",
        messageFormat: "Method '{1}' of grain interface '{0}' is [OneWay] but returns '{2}': a one-way call never delivers a result, so it must return Task or ValueTask",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InaccessibleInterface = new(
        id: "CHK009",
        title: "Grain interface is not accessible to its generated proxy",
        messageFormat: "Grain interface '{0}' is private, protected or file-local, so its generated proxy cannot implement it: make it public or internal",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "CHK001" => UnsupportedReturnType,
        "CHK002" => ByReferenceParameter,
        "CHK003" => NonSerializableParameter,
        "CHK004" => NonSerializableResult,
        "CHK005" => GenericMethod,
        "CHK006" => GenericInterface,
        "CHK007" => UnsupportedMember,
        "CHK008" => OneWayWithResult,
        "CHK009" => InaccessibleInterface,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown diagnostic id."),
    };
}
