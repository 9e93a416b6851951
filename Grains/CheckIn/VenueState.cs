namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VenueGrain"/>.</summary>
internal sealed class VenueState
{
    public bool Registered { get; set; }

    public string Tenant { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public string Owner { get; set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; set; }

    public int CodeVersion { get; set; }

    /// <summary>Local dates whose day bucket may hold visits, ascending.</summary>
    public List<DateOnly> Days { get; set; } = [];

    public List<VenueExposureEntry> Exposures { get; set; } = [];
}
