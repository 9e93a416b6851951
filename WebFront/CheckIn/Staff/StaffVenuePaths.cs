namespace CheckIn.WebFront.CheckIn.Staff;

/// <summary>The addresses of the check-in staff pages.</summary>
internal static class StaffVenuePaths
{
    public const string Home = "/staff/venues";

    public static string Venue(string venueId) => $"{Home}/{venueId}";

    public static string Poster(string venueId) => $"{Home}/{venueId}/poster";

    public static string RotateCode(string venueId) => $"{Home}/{venueId}/code";

    public static string Exposures(string venueId) => $"{Home}/{venueId}/exposures";

    public static string Exposure(string exposureId) => $"/staff/exposures/{exposureId}";
}
