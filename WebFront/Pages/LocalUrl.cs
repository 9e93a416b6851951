namespace CheckIn.WebFront.Pages;

/// <summary>Keeps redirects on this site (no open redirects).</summary>
public static class LocalUrl
{
    /// <summary>The URL when it is a path on this site, otherwise <paramref name="fallback"/>.</summary>
    public static string OrDefault(string? url, string fallback)
        => url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("\\", StringComparison.Ordinal)
            ? url
            : fallback;
}
