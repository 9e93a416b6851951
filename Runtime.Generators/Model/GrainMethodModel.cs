namespace CheckIn.Runtime.Generators.Model;

/// <summary>One method the proxy implements, with everything the emitter needs as strings.</summary>
/// <param name="Name">The method's name as declared (used for <c>MethodName</c>).</param>
/// <param name="EscapedName">The name as an identifier in C# source.</param>
/// <param name="DeclaringInterface">The fully qualified interface that declares it (explicit implementation and the invoker's cast).</param>
/// <param name="RequestName">The nested request class's name, unique within the proxy.</param>
/// <param name="ReturnKind">Which awaitable the method returns.</param>
/// <param name="ReturnType">The method's fully qualified return type, as the proxy must declare it.</param>
/// <param name="ReturnAttributes">The return value's nullable-analysis attributes as source, repeated on the proxy.</param>
/// <param name="ResultType">The request's <c>TResult</c>: the awaited type, or <c>VoidResult</c>.</param>
/// <param name="IsOneWay">Whether the method is <c>[OneWay]</c>: the proxy does not wait for it.</param>
/// <param name="Flags">The <c>InvokeFlags</c> member names that apply, in declaration order.</param>
/// <param name="Parameters">The method's parameters, in order.</param>
internal sealed record GrainMethodModel(
    string Name,
    string EscapedName,
    string DeclaringInterface,
    string RequestName,
    ReturnKind ReturnKind,
    string ReturnType,
    string ReturnAttributes,
    string ResultType,
    bool IsOneWay,
    EquatableArray<string> Flags,
    EquatableArray<GrainParameterModel> Parameters);
