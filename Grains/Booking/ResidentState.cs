namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a resident: its dose series, nothing personal.</summary>
[GenerateSerializer, Alias("checkin.state.ResidentState")]
public sealed class ResidentState
{
    [Id(0)]
    public List<SeriesRecord> Series { get; set; } = [];
}
