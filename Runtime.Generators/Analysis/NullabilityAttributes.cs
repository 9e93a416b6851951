using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CheckIn.Runtime.Generators.Analysis;

/// <summary>Copies the nullable-analysis attributes of an interface member to its generated implementation:
/// without them the compiler reports CS8769 (the implementation's nullability does not match), which the
/// strict build turns into an error.</summary>
internal static class NullabilityAttributes
{
    private static readonly ImmutableHashSet<string> s_names = ImmutableHashSet.Create(
        "AllowNullAttribute",
        "DisallowNullAttribute",
        "MaybeNullAttribute",
        "NotNullAttribute",
        "MaybeNullWhenAttribute",
        "NotNullWhenAttribute",
        "NotNullIfNotNullAttribute");

    /// <summary>The attributes as source (<c>[global::...NotNullWhen(true)] </c>), or empty.</summary>
    public static string Format(ImmutableArray<AttributeData> attributes, string target)
    {
        var builder = new StringBuilder();
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is not { } type
                || !s_names.Contains(type.Name)
                || type.ContainingNamespace.ToDisplayString() != "System.Diagnostics.CodeAnalysis")
            {
                continue;
            }

            builder.Append('[').Append(target).Append("global::System.Diagnostics.CodeAnalysis.").Append(type.Name);
            if (!attribute.ConstructorArguments.IsEmpty)
            {
                builder.Append('(')
                    .Append(string.Join(", ", attribute.ConstructorArguments.Select(static argument => argument.ToCSharpString())))
                    .Append(')');
            }

            builder.Append("] ");
        }

        return builder.ToString();
    }
}
