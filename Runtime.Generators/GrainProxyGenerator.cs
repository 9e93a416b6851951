using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CheckIn.Runtime.Generators.Analysis;
using CheckIn.Runtime.Generators.Emit;
using CheckIn.Runtime.Generators.Model;
using Microsoft.CodeAnalysis;

namespace CheckIn.Runtime.Generators;

/// <summary>Generates a proxy (and one request class per method) for every grain interface declared in the
/// compilation, plus a module initializer that registers the proxies, and reports the grain contract
/// violations (CHK001-CHK009) at build time.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainProxyGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var interfaces = context.SyntaxProvider
            .CreateSyntaxProvider(GrainInterfaceParser.IsCandidate, GrainInterfaceParser.Parse)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(GrainProxyTrackingNames.GrainInterfaces);

        // Hint names compare case-insensitively, interface names do not: each file needs to know the other
        // names to stay unique. The names rarely change, so most edits still regenerate one file only.
        var names = interfaces
            .Select(static (model, _) => model.FullName)
            .Collect()
            .Select(static (all, _) => new EquatableArray<string>(all))
            .WithTrackingName(GrainProxyTrackingNames.InterfaceNames);

        context.RegisterSourceOutput(interfaces.Combine(names), static (production, pair) => EmitProxy(production, pair.Left, pair.Right));

        var registrations = interfaces
            .Where(static model => model.CanGenerate)
            .Select(static (model, _) => new ProxyRegistrationModel(model.FullName, model.InterfaceType, model.ProxyType))
            .Collect()
            .Select(static (all, _) => new EquatableArray<ProxyRegistrationModel>(all.OrderBy(static r => r.FullName, StringComparer.Ordinal)))
            .WithTrackingName(GrainProxyTrackingNames.Registrations);

        context.RegisterSourceOutput(registrations, static (production, all) =>
        {
            if (!all.IsEmpty)
            {
                production.AddSource(RegistrationEmitter.HintName, RegistrationEmitter.Emit(all));
            }
        });
    }

    private static void EmitProxy(SourceProductionContext production, GrainInterfaceModel model, EquatableArray<string> allNames)
    {
        foreach (var diagnostic in model.Diagnostics)
        {
            production.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (model.CanGenerate)
        {
            production.AddSource(HintName(model.FullName, allNames), ProxyEmitter.Emit(model));
        }
    }

    private static string HintName(string fullName, EquatableArray<string> allNames)
    {
        var clashes = allNames
            .Where(name => string.Equals(name, fullName, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(static name => name, StringComparer.Ordinal)
            .ToImmutableArray();
        if (clashes.Length <= 1)
        {
            return fullName + ".g.cs";
        }

        // A number cannot start an identifier, so "Ns.IFoo.1" never equals another interface's name.
        return fullName + "." + clashes.IndexOf(fullName).ToString(CultureInfo.InvariantCulture) + ".g.cs";
    }
}
