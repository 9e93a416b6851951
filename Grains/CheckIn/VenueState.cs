namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VenueGrain"/>.</summary>
[GenerateSerializer, Alias("checkin.state.VenueState")]
internal sealed class VenueState
{
    [Id(0)]
    public bool Registered { get; set; }

    [Id(1)]
    public string Tenant { get; set; } = string.Empty;

    [Id(2)]
    public string Name { get; set; } = string.Empty;

    [Id(3)]
    public string Category { get; set; } = string.Empty;

    [Id(4)]
    public string Address { get; set; } = string.Empty;

    [Id(5)]
    public string Owner { get; set; } = string.Empty;

    [Id(6)]
    public DateTimeOffset RegisteredAt { get; set; }

    [Id(7)]
    public int CodeVersion { get; set; }

    /// <summary>Local dates whose day bucket may hold visits, ascending.</summary>
    [Id(8)]
    public List<DateOnly> Days { get; set; } = [];

    [Id(9)]
    public List<VenueExposureEntry> Exposures { get; set; } = [];
}
