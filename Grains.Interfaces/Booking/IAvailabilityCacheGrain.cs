namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>The public availability feed of one campaign day (key: <see cref="BookingKeys.Day"/>): a
/// stateless worker that serves from a copy of the board refreshed every few seconds.</summary>
[Alias("checkin.IAvailabilityCacheGrain")]
public interface IAvailabilityCacheGrain : IGrainWithStringKey
{
    /// <summary>The day's slots with free seats, of one site or all (<paramref name="siteId"/> null).</summary>
    Task<AvailabilitySnapshot> Get(string? siteId);
}
