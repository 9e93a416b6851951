namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a waiting room, written once per block of positions, not per arrival.</summary>
[GenerateSerializer, Alias("checkin.state.WaitingRoomState")]
public sealed class WaitingRoomState
{
    /// <summary>Positions up to here may have been handed out; after a restart numbering goes on above it.</summary>
    [Id(0)]
    public long ReservedThrough { get; set; }

    /// <summary>How far admission had got when last stored.</summary>
    [Id(1)]
    public double AdmittedThrough { get; set; }

    /// <summary>When admission was last brought up to date.</summary>
    [Id(2)]
    public DateTimeOffset? AdvancedAt { get; set; }
}
