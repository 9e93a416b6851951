namespace CheckIn.Grains.Booking;

/// <summary>The stored register of a campaign's slots that may hold unsettled records.</summary>
[GenerateSerializer, Alias("checkin.state.UnsettledSlotsState")]
public sealed class UnsettledSlotsState
{
    /// <summary>Slot ids (within the campaign).</summary>
    [Id(0)]
    public HashSet<string> Slots { get; set; } = new(StringComparer.Ordinal);
}
