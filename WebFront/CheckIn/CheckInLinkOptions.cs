namespace CheckIn.WebFront.CheckIn;

/// <summary>Where visitors reach the site, bound from the section <c>CheckInLinks</c>
/// (<c>CheckInLinks__PublicBaseUrl</c>).</summary>
public sealed class CheckInLinkOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "CheckInLinks";

    /// <summary>The public origin printed in QR codes and on posters, for example <c>https://checkin.example.jp/</c>.
    /// Set it whenever the web front sits behind a proxy or load balancer: without it the links use the scheme and
    /// host of the staff member's own request, which is right only when staff and visitors use the same address.</summary>
    public Uri? PublicBaseUrl { get; set; }
}
