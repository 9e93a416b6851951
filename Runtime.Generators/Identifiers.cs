using Microsoft.CodeAnalysis.CSharp;

namespace CheckIn.Runtime.Generators;

/// <summary>Helpers for writing names into generated C#.</summary>
internal static class Identifiers
{
    /// <summary>Prefixes <c>@</c> to a name that is a reserved keyword (a parameter called <c>event</c>, say).</summary>
    public static string Escape(string name)
        => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
}
