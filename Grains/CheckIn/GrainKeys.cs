using System.Globalization;

namespace CheckIn.Grains.CheckIn;

/// <summary>The keys of the check-in grains that are built from other ids.</summary>
internal static class GrainKeys
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Visitor and contact grains: <c>{tenant}:{pseudonym}</c>.</summary>
    public static string Visitor(string tenant, string pseudonym) => $"{tenant}:{pseudonym}";

    public static (string Tenant, string Pseudonym) ParseVisitor(string key)
    {
        var colon = key.LastIndexOf(':');
        return colon > 0 ? (key[..colon], key[(colon + 1)..]) : throw new FormatException($"'{key}' is not a visitor key.");
    }

    /// <summary>Day buckets: <c>{venueId}/{yyyy-MM-dd}</c>.</summary>
    public static string Day(string venueId, DateOnly date) => $"{venueId}/{date.ToString(DateFormat, CultureInfo.InvariantCulture)}";

    public static (string VenueId, DateOnly Date) ParseDay(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && DateOnly.TryParseExact(key[(slash + 1)..], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (key[..slash], date)
            : throw new FormatException($"'{key}' is not a day bucket key.");
    }

    /// <summary>Visit segments: <c>{venueId}/{yyyy-MM-dd}/{n}</c>.</summary>
    public static string Segment(string dayKey, int index) => $"{dayKey}/{index.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Mail outboxes: <c>{exposureId}/{n}</c>.</summary>
    public static string Outbox(string exposureId, int index) => $"{exposureId}/{index.ToString(CultureInfo.InvariantCulture)}";
}
