namespace CheckIn.WebFront.CheckIn;

/// <summary>The public links of a venue.</summary>
internal static class CheckInLinks
{
    /// <summary>The relative check-in path <c>/c/{code}</c> that API.md returns as <c>checkInUrl</c>.</summary>
    public static string CheckInPath(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return "/c/" + Uri.EscapeDataString(code);
    }

    /// <summary>The absolute check-in URL under <paramref name="publicBase"/> (the site's public origin), for QR codes.</summary>
    public static Uri AbsoluteCheckInUrl(Uri publicBase, string code)
    {
        ArgumentNullException.ThrowIfNull(publicBase);
        return new Uri(publicBase, CheckInPath(code));
    }
}
