using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CheckIn.Runtime.Generators.Model;

/// <summary>A source location as plain values: a <see cref="Location"/> holds its syntax tree, which
/// would keep old compilations alive and break the pipeline's equality checks.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }
}
