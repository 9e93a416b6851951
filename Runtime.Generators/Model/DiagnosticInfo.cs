using System.Linq;
using Microsoft.CodeAnalysis;

namespace CheckIn.Runtime.Generators.Model;

/// <summary>A diagnostic found while reading a grain interface, kept as plain values until it is reported.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> MessageArguments)
{
    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(
            GrainDiagnostics.ById(DescriptorId),
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            MessageArguments.Cast<object>().ToArray());
}
