using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>The aggregate of one campaign day's free seats (key: <see cref="BookingKeys.Day"/>). Slots
/// report their changes to it; it asks the slots itself only once, when it activates.</summary>
[Alias("checkin.IAvailabilityBoardGrain")]
public interface IAvailabilityBoardGrain : IGrainWithStringKey
{
    /// <summary>A slot's new free seats.</summary>
    [OneWay]
    Task Report(SlotAvailability availability);

    /// <summary>The day's free seats as the board knows them.</summary>
    Task<AvailabilitySnapshot> GetSnapshot();
}
