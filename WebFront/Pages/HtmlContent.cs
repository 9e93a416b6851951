namespace CheckIn.WebFront.Pages;

/// <summary>HTML that is already safe to write: built by <see cref="Html.Of"/>, which encodes every
/// interpolated value that is not itself <see cref="HtmlContent"/>.</summary>
/// <param name="Value">The markup.</param>
public readonly record struct HtmlContent(string Value)
{
    /// <summary>No markup.</summary>
    public static HtmlContent Empty { get; } = new("");

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
