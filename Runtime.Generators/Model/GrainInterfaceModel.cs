namespace CheckIn.Runtime.Generators.Model;

/// <summary>A grain interface as the pipeline carries it: strings only, so equal inputs give equal models
/// and the driver skips the emit step.</summary>
/// <param name="FullName">The interface's dotted name without <c>global::</c>, for hint names and ordering.</param>
/// <param name="InterfaceType">The fully qualified interface type.</param>
/// <param name="ProxyNamespace">The namespace the proxy is emitted in.</param>
/// <param name="ProxyName">The proxy class's simple name.</param>
/// <param name="CanGenerate">False when the interface has a diagnostic (or a compile error in its signatures):
/// emitting code for it would only add compiler errors on top.</param>
/// <param name="Methods">The methods the proxy implements, inherited ones included.</param>
/// <param name="Diagnostics">The diagnostics to report for this interface.</param>
internal sealed record GrainInterfaceModel(
    string FullName,
    string InterfaceType,
    string ProxyNamespace,
    string ProxyName,
    bool CanGenerate,
    EquatableArray<GrainMethodModel> Methods,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string ProxyType => "global::" + ProxyNamespace + "." + ProxyName;
}
