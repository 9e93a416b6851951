namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a resident: its dose series, nothing personal.</summary>
public sealed class ResidentState
{
    public List<SeriesRecord> Series { get; set; } = [];
}
