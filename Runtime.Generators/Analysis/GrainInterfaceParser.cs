using System.Threading;
using CheckIn.Runtime.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CheckIn.Runtime.Generators.Analysis;

/// <summary>The two steps of the syntax provider: a cheap syntactic filter and the semantic transform
/// into an equatable model.</summary>
internal static class GrainInterfaceParser
{
    /// <summary>Only an interface with a base list can extend IGrain.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken)
        => node is InterfaceDeclarationSyntax { BaseList.Types.Count: > 0 };

    public static GrainInterfaceModel? Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = (InterfaceDeclarationSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not { } symbol)
        {
            return null;
        }

        var compilation = context.SemanticModel.Compilation;
        var grain = compilation.GetTypeByMetadataName("CheckIn.Runtime.IGrain");
        if (grain is null
            || !KnownTypes.IsGrainInterface(symbol, grain)
            || SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, grain.ContainingAssembly)
            || !IsCanonicalDeclaration(symbol, declaration, cancellationToken))
        {
            return null;
        }

        return new GrainInterfaceReader(KnownTypes.Create(compilation, grain), symbol, cancellationToken).Read();
    }

    // A partial interface has several declarations; exactly one of them (the first with a base list)
    // produces the model, so the interface is generated once.
    private static bool IsCanonicalDeclaration(INamedTypeSymbol symbol, InterfaceDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is InterfaceDeclarationSyntax { BaseList: not null })
            {
                return reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span;
            }
        }

        return false;
    }
}
